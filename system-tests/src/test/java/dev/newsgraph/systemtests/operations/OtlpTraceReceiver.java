package dev.newsgraph.systemtests.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP collector in the test's memory: accepts {@code POST .../v1/traces} in protobuf (the
 * encoding Quarkus' exporter sends with protocol {@code http/protobuf}) and keeps every span with the
 * {@code service.name} of the process that sent it.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One span as received, with the service that exported it. */
    record ReceivedSpan(String service, Span span) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpTraceReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** The base URL to give an exporter as {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            List<ReceivedSpan> received = new ArrayList<>();
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = serviceName(resource);
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        received.add(new ReceivedSpan(service, span));
                    }
                }
            }
            spans.addAll(received);
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            // an empty ExportTraceServiceResponse: full success
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static String serviceName(ResourceSpans resource) {
        for (KeyValue attribute : resource.getResource().getAttributesList()) {
            if (attribute.getKey().equals("service.name")) {
                return attribute.getValue().getStringValue();
            }
        }
        return "unknown";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
