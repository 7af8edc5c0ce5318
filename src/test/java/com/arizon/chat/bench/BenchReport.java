package com.arizon.chat.bench;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** The figures a benchmark command exists to print: bare lines on standard output, no log decoration. */
final class BenchReport {

    private static final Logger REPORT = reportLogger();

    private BenchReport() {
    }

    static void print(String format, Object... args) {
        REPORT.info("[bench] " + String.format(format, args));
    }

    private static Logger reportLogger() {
        Logger logger = Logger.getLogger(BenchReport.class.getName());
        logger.setUseParentHandlers(false);
        StreamHandler handler = new StreamHandler(System.out, new Formatter() {
            @Override
            public String format(LogRecord logRecord) {
                return logRecord.getMessage() + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord logRecord) {
                super.publish(logRecord);
                flush();
            }
        };
        logger.addHandler(handler);
        return logger;
    }
}
