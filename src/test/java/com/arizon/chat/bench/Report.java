package com.arizon.chat.bench;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** The figures the benchmark exists to print: bare lines on standard output, no log decoration. */
final class Report {

    private static final Logger REPORT = reportLogger();

    private Report() {
    }

    /** One line, formatted as by {@link String#format}. */
    static void print(String format, Object... args) {
        REPORT.info("[bench] " + String.format(format, args));
    }

    private static Logger reportLogger() {
        Logger logger = Logger.getLogger(ChatLoadBenchmark.class.getName() + ".report");
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
