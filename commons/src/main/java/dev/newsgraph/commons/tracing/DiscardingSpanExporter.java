package dev.newsgraph.commons.tracing;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Spans go nowhere unless {@code quarkus.otel.exporter.otlp.endpoint} ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT})
 * is set. Quarkus' OTLP exporter otherwise sends to its default, {@code localhost:4317}, and logs a
 * failed export every few seconds where no collector runs (quarkusio/quarkus#44200); the exporter is
 * chosen at build time, so it cannot be switched off by configuration at run time. Quarkus installs
 * its OTLP exporter only when no {@link SpanExporter} bean can be looked up, so this bean, looked up
 * only while the endpoint is the services' own default ({@value #NO_COLLECTOR}, set in commons'
 * {@code META-INF/microprofile-config.properties}), takes its place. Tracing itself stays on: trace
 * ids still reach the logs, the error answers and the downstream services' {@code traceparent}.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DiscardingSpanExporter.NO_COLLECTOR)
public class DiscardingSpanExporter implements SpanExporter {

    /** The endpoint while none is configured; {@code .invalid} never resolves, so nothing is ever contacted. */
    static final String NO_COLLECTOR = "http://no-collector.invalid";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
