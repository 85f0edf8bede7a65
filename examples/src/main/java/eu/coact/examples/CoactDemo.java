package eu.coact.examples;

import java.time.Clock;

/** Entry point of the demo: {@code java -jar coact-demo.jar}. */
public final class CoactDemo {

    private CoactDemo() {
    }

    /**
     * Runs the demo and exits with its status.
     *
     * @param args ignored for now
     */
    public static void main(String[] args) {
        System.exit(new CoreTour(System.out, Clock.systemUTC()).run());
    }
}
