package dev.newsgraph.gateway.errors;

/** A service answered with a 5xx status: worth a bounded retry for reads, then reported as unavailable. */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(int status) {
        super("HTTP " + status, null, false, false);
    }
}
