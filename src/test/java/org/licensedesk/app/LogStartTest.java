package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log started beside JavaFX: whoever logs first waits for it, and then gets Logback's own loggers. */
class LogStartTest {
    @Test
    void withoutAHeadStartWaitingReturnsAtOnce() {
        LogStart.awaitReady();
    }

    @Test
    void afterTheHeadStartTheLoggersAreLogbacksNotSubstitutes() throws InterruptedException {
        LogStart.begin();
        Object[] seen = new Object[2];
        Thread first = new Thread(() -> {
            LogStart.awaitReady();
            seen[0] = LoggerFactory.getILoggerFactory();
            seen[1] = LoggerFactory.getLogger(LogStartTest.class);
        });
        first.start();
        first.join(30_000);

        assertThat(seen[0]).isInstanceOf(LoggerContext.class);
        assertThat(seen[1]).isInstanceOf(ch.qos.logback.classic.Logger.class);
    }
}
