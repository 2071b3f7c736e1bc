package io.eventboard.notify.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server that speaks the real protocol but answers what a test tells it to: the replies GreenMail
 * never gives (550 for a recipient, 451 greylisting, 554 for a message, a server that never greets).
 */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile String greeting = "220 fake.test ESMTP";
    private volatile String rcptReply = "250 2.1.5 OK";
    private volatile String dataReply = "250 2.0.0 queued";
    private volatile boolean silent;

    FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    FakeSmtpServer greeting(String reply) {
        greeting = reply;
        return this;
    }

    FakeSmtpServer rcpt(String reply) {
        rcptReply = reply;
        return this;
    }

    FakeSmtpServer data(String reply) {
        dataReply = reply;
        return this;
    }

    /** Accepts connections and never says a word. */
    FakeSmtpServer silent() {
        silent = true;
        return this;
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                if (silent) {
                    client.getInputStream().read();
                    continue;
                }
                converse(client);
            } catch (IOException e) {
                // the socket closed, or the client hung up
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, greeting);
        if (!greeting.startsWith("2")) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 fake.test");
                case "MAIL" -> reply(out, "250 2.1.0 OK");
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    String content;
                    while ((content = in.readLine()) != null && !content.equals(".")) {
                        // the message itself is not needed
                    }
                    reply(out, dataReply);
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
