package io.eventboard.bootstrap.cli;

import io.eventboard.bootstrap.StartupFailure;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.function.Function;

/**
 * What the jar's commands run in: the server's beans without its HTTP server and without its background jobs
 * (they start with the server), on the database the server would use, with every setting of the server.
 */
final class CommandContext {

    private CommandContext() {
    }

    /**
     * @param databaseProperties the Micronaut properties of the database for an environment; in production
     *                           {@code env -> DatabaseSetup.fromEnvironment(env).properties()}
     * @throws StartupFailure when the database cannot be used
     */
    static ApplicationContext start(Map<String, String> env,
                                    Function<Map<String, String>, Map<String, Object>> databaseProperties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(databaseProperties.apply(env))
                .start();
    }
}
