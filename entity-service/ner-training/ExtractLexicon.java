import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.neural.Embedding;
import edu.stanford.nlp.util.StringUtils;
import org.ejml.simple.SimpleMatrix;

/**
 * Writes the word lexicon the neural tagger reads: for every word that has a 50-dimension vector (from
 * CoreNLP's neural coreference embeddings) or a distributional-similarity cluster (the 512 egw4-reut
 * clusters serialised inside CoreNLP's CoNLL 4-class CRF model), one line
 * {@code word TAB cluster TAB v1 ... v50} (cluster -1 when none; no vector: the line ends after the
 * cluster). Both files come from the stanford-corenlp models jar on the classpath.
 *
 * Run: java -cp stanford-corenlp.jar:models.jar:ejml-*.jar ExtractLexicon.java OUT.tsv.gz
 */
@SuppressWarnings("unchecked")
public class ExtractLexicon {
    public static void main(String[] args) throws Exception {
        Embedding embedding = edu.stanford.nlp.io.IOUtils.readObjectFromURLOrClasspathOrFileSystem(
                "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz");
        CRFClassifier<?> crf = CRFClassifier.getClassifier("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        Field ffs = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
        ffs.setAccessible(true);
        Map<String, String> lexicon = null;
        for (Object ff : (java.util.List<?>) ffs.get(crf)) {
            if (ff instanceof NERFeatureFactory) {
                Field lex = NERFeatureFactory.class.getDeclaredField("lexicon");
                lex.setAccessible(true);
                lexicon = (Map<String, String>) lex.get(ff);
            }
        }
        if (lexicon == null) {
            throw new IllegalStateException("no distsim lexicon in the CRF model");
        }
        Map<String, SimpleMatrix> vectors = embedding.getWordVectors();
        TreeSet<String> words = new TreeSet<>(vectors.keySet());
        words.addAll(lexicon.keySet());
        int dims = embedding.getEmbeddingSize();
        System.err.println("vectors " + vectors.size() + " (" + dims + "-d), clusters " + lexicon.size()
                + " words in " + new TreeSet<>(lexicon.values()).size() + " clusters, union " + words.size());
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(new FileOutputStream(args[0])), StandardCharsets.UTF_8))) {
            for (String word : words) {
                if (word.isEmpty() || word.contains("\t") || word.contains("\n") || word.contains(" ")) {
                    continue;
                }
                String cluster = lexicon.get(word);
                out.write(word);
                out.write('\t');
                out.write(cluster == null ? "-1" : cluster);
                SimpleMatrix v = vectors.get(word);
                if (v != null) {
                    out.write('\t');
                    for (int i = 0; i < dims; i++) {
                        if (i > 0) out.write(' ');
                        out.write(String.format(java.util.Locale.ROOT, "%.5f", v.get(i)));
                    }
                }
                out.write('\n');
            }
        }
    }
}
