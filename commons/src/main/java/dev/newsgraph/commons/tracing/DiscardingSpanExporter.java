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
 * is set. Quarkus' OTLP exporter otherwise falls back to {@code localhost:4317} and logs a failed export
 * every few seconds where no collector runs (quarkusio/quarkus#44200); the exporter is chosen at build
 * time, so it cannot be switched off by configuration at run time. Quarkus installs its OTLP exporter
 * only when no {@link SpanExporter} bean can be looked up, so this bean, looked up only while the
 * endpoint is missing, takes its place. Tracing itself stays on: trace ids still reach the logs, the
 * error answers and the downstream services' {@code traceparent}.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DiscardingSpanExporter.NEVER_SET, lookupIfMissing = true)
public class DiscardingSpanExporter implements SpanExporter {

    /** No endpoint is ever configured as this value, so the bean is looked up only when none is set. */
    static final String NEVER_SET = "no collector configured";

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
