package dev.explainer.cli;

/** The command line is wrong (exit code 2): the message says what is wrong, and the command's usage follows it. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
