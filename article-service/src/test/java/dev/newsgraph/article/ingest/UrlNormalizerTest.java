package dev.newsgraph.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertEquals("https://www.example.com/World/Story", UrlNormalizer.normalize("HTTPS://WWW.Example.COM/World/Story"));
    }

    @Test
    void dropsFragmentDefaultPortAndTrackingParameters() {
        assertEquals("https://example.com/a?id=7&page=2",
                UrlNormalizer.normalize("https://example.com:443/a?utm_source=x&id=7&UTM_Medium=y&fbclid=z&page=2#comments"));
        assertEquals("http://example.com/", UrlNormalizer.normalize("http://example.com:80"));
        assertEquals("http://example.com:8080/a", UrlNormalizer.normalize("http://example.com:8080/a?gclid=1"));
    }

    @Test
    void keepsTheOrderAndEncodingOfOtherParameters() {
        assertEquals("https://example.com/s?q=a%20b&lang=en", UrlNormalizer.normalize(" https://example.com/s?q=a%20b&lang=en "));
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize("ftp://example.com/a"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize("/relative/path"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize("https://exa mple.com/"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize("https:///no-host"));
    }
}
