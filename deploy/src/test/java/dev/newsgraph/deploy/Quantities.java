package dev.newsgraph.deploy;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Kubernetes resource quantities ("512Mi", "250m", "1") as numbers, to compare them. */
final class Quantities {

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)));

    private Quantities() {
    }

    static BigDecimal parse(JsonNode quantity) {
        return parse(quantity.asText());
    }

    static BigDecimal parse(String quantity) {
        for (int length = 2; length >= 1; length--) {
            if (quantity.length() > length) {
                BigDecimal factor = SUFFIXES.get(quantity.substring(quantity.length() - length));
                if (factor != null) {
                    return new BigDecimal(quantity.substring(0, quantity.length() - length)).multiply(factor);
                }
            }
        }
        return new BigDecimal(quantity);
    }

    static BigDecimal mebibytes(long mebibytes) {
        return BigDecimal.valueOf(mebibytes << 20);
    }
}
