package disclosure.launcher;

/** Something stops the system from starting; the message (Chinese / English) says what and what to do. */
class LaunchException extends RuntimeException {
    LaunchException(String message) {
        super(message);
    }
}
