import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark corpus: synthetic but realistic news articles, as NDJSON lines that
 * {@code POST /articles/batch} accepts. Article {@code i} is a pure function of {@code (seed, i)}, so any
 * slice can be generated on its own and every run of the benchmarks ingests the same text.
 *
 * <pre>
 * java bench/corpus/ArticleCorpus.java [--seed 42] [--from 0] [--count 1000]   NDJSON articles on stdout
 * java bench/corpus/ArticleCorpus.java --planted [--from K] [--count N]        per article: plain text and the names planted in it
 * java bench/corpus/ArticleCorpus.java --describe [--articles 100000]          JSON: query targets for a corpus of articles 0..N-1
 * java bench/corpus/ArticleCorpus.java --stats [--from K] [--count N]          JSON: length distribution of the slice
 * </pre>
 *
 * The people are a synthetic population: first names and surnames of one naming culture paired at random
 * (famous real pairs left out), each with a fixed role and country, chosen per article by a Zipf law, so a
 * few people are in many articles and most in few. Organisation names are invented or generic; country and
 * city names are real. Lengths follow a log-normal law fitted to wire news (median about 450 words).
 * Randomness is a SplitMix64 stream per (seed, purpose, index) and StrictMath, so output is identical on
 * every JVM.
 */
public final class ArticleCorpus {

    private ArticleCorpus() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ArticleCorpus: " + e.getMessage() + " (--help for usage)");
            System.exit(2);
            return;
        }
        if (options.mode == Mode.HELP) {
            System.out.println(USAGE);
            return;
        }
        Corpus corpus = new Corpus(options.seed);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            switch (options.mode) {
                case ARTICLES -> {
                    for (long i = options.from; i < options.from + options.count; i++) {
                        out.write(Json.article(corpus.article(i)));
                        out.write('\n');
                    }
                }
                case PLANTED -> {
                    for (long i = options.from; i < options.from + options.count; i++) {
                        out.write(Json.planted(corpus.article(i)));
                        out.write('\n');
                    }
                }
                case DESCRIBE -> out.write(new Description(corpus, options.articles).json() + "\n");
                case STATS -> out.write(new Statistics(corpus, options.from, options.count).json() + "\n");
                default -> throw new IllegalStateException(options.mode.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String USAGE = """
            Usage: java bench/corpus/ArticleCorpus.java [MODE] [OPTIONS]
              (no mode)    articles FROM..FROM+COUNT-1 as NDJSON (one ArticleInput per line) on stdout
              --planted    per article {"index","url","text","planted":[{"name","type","role"}]}: the service's
                           plain text and every name written into it (to check what the recogniser finds)
              --describe   JSON for picking query targets in a corpus of articles 0..ARTICLES-1: the most and
                           least frequent people with their article counts, search phrases of several selectivities
              --stats      JSON: word-count percentiles and sizes of the slice FROM..FROM+COUNT-1
            Options:
              --seed S       corpus seed (default 42); article i is a pure function of (S, i)
              --from K       first article index (default 0)
              --count N      number of articles (default 1000)
              --articles N   corpus size for --describe (default 100000)""";

    // ------------------------------------------------------------------------------------------ options

    enum Mode { ARTICLES, PLANTED, DESCRIBE, STATS, HELP }

    static final class Options {
        Mode mode = Mode.ARTICLES;
        long seed = 42;
        long from = 0;
        long count = 1000;
        long articles = 100_000;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--planted" -> o.mode = Mode.PLANTED;
                    case "--describe" -> o.mode = Mode.DESCRIBE;
                    case "--stats" -> o.mode = Mode.STATS;
                    case "--help", "-h" -> o.mode = Mode.HELP;
                    case "--seed" -> o.seed = number(args, ++i, arg, Long.MIN_VALUE);
                    case "--from" -> o.from = number(args, ++i, arg, 0);
                    case "--count" -> o.count = number(args, ++i, arg, 0);
                    case "--articles" -> o.articles = number(args, ++i, arg, 1);
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            return o;
        }

        private static long number(String[] args, int i, String option, long min) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            try {
                long value = Long.parseLong(args[i]);
                if (value < min) {
                    throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, was '" + args[i] + "'");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ randomness

    /** SplitMix64: tiny, fast, fully specified, so the corpus is the same on every JVM and every run. */
    static final class Rng {
        private long state;

        Rng(long seed, long purpose, long index) {
            state = mix(mix(seed ^ 0x5DEECE66DL) + purpose * 0x9E3779B97F4A7C15L + mix(index));
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            return (int) ((nextLong() >>> 1) % bound);
        }

        int between(int min, int max) {
            return min + nextInt(max - min + 1);
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }

        double gaussian() {
            double u = 1.0 - nextDouble();
            double v = nextDouble();
            return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
        }

        <T> T pick(List<T> items) {
            return items.get(nextInt(items.size()));
        }

        <T> T pick(T[] items) {
            return items[nextInt(items.length)];
        }
    }

    /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1.0 / StrictMath.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int sample(Rng rng) {
            int i = Arrays.binarySearch(cumulative, rng.nextDouble());
            return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
        }
    }

    /** Independent random streams per article, so adding a draw to one never shifts another. */
    static final long CASTING = 1;
    static final long WRITING = 2;
    static final long POPULATION = 3;

    // ------------------------------------------------------------------------------------------ places

    record Country(String name, boolean definite, String demonym, String currency, List<String> cities) {

        String display() {
            return definite ? "the " + name : name;
        }

        String possessive() {
            return display() + (name.endsWith("s") ? "'" : "'s");
        }
    }

    static Country country(String name, String demonym, String currency, String... cities) {
        boolean definite = name.startsWith("the ");
        return new Country(definite ? name.substring(4) : name, definite, demonym, currency, List.of(cities));
    }

    static final Map<String, Country> COUNTRIES = new LinkedHashMap<>();

    static {
        for (Country c : List.of(
                country("the United Kingdom", "British", "pounds", "London", "Manchester", "Birmingham", "Glasgow", "Leeds"),
                country("the United States", "American", "dollars", "Washington", "New York", "Chicago", "Houston", "Boston", "Atlanta"),
                country("Canada", "Canadian", "Canadian dollars", "Ottawa", "Toronto", "Montreal", "Vancouver"),
                country("Australia", "Australian", "Australian dollars", "Canberra", "Sydney", "Melbourne", "Perth"),
                country("Ireland", "Irish", "euros", "Dublin", "Cork", "Galway"),
                country("Germany", "German", "euros", "Berlin", "Hamburg", "Munich", "Frankfurt", "Cologne"),
                country("Austria", "Austrian", "euros", "Vienna", "Graz", "Salzburg"),
                country("Switzerland", "Swiss", "Swiss francs", "Bern", "Zurich", "Geneva", "Basel"),
                country("France", "French", "euros", "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux"),
                country("Belgium", "Belgian", "euros", "Brussels", "Antwerp", "Ghent"),
                country("Spain", "Spanish", "euros", "Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"),
                country("Mexico", "Mexican", "pesos", "Mexico City", "Guadalajara", "Monterrey"),
                country("Argentina", "Argentine", "pesos", "Buenos Aires", "Cordoba", "Rosario"),
                country("Colombia", "Colombian", "pesos", "Bogota", "Medellin", "Cali"),
                country("Chile", "Chilean", "pesos", "Santiago", "Valparaiso"),
                country("Peru", "Peruvian", "soles", "Lima", "Arequipa"),
                country("Italy", "Italian", "euros", "Rome", "Milan", "Naples", "Turin", "Florence"),
                country("Portugal", "Portuguese", "euros", "Lisbon", "Porto", "Coimbra"),
                country("Brazil", "Brazilian", "reais", "Brasilia", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte"),
                country("Norway", "Norwegian", "crowns", "Oslo", "Bergen", "Trondheim"),
                country("Sweden", "Swedish", "crowns", "Stockholm", "Gothenburg", "Malmo"),
                country("Denmark", "Danish", "crowns", "Copenhagen", "Aarhus", "Odense"),
                country("Finland", "Finnish", "euros", "Helsinki", "Tampere", "Turku"),
                country("the Netherlands", "Dutch", "euros", "Amsterdam", "Rotterdam", "The Hague", "Utrecht"),
                country("Poland", "Polish", "zlotys", "Warsaw", "Krakow", "Gdansk", "Wroclaw"),
                country("the Czech Republic", "Czech", "crowns", "Prague", "Brno", "Ostrava"),
                country("Ukraine", "Ukrainian", "hryvnias", "Kyiv", "Lviv", "Odesa", "Kharkiv"),
                country("Serbia", "Serbian", "dinars", "Belgrade", "Novi Sad"),
                country("Croatia", "Croatian", "euros", "Zagreb", "Rijeka"),
                country("Turkey", "Turkish", "lira", "Ankara", "Istanbul", "Izmir"),
                country("Egypt", "Egyptian", "Egyptian pounds", "Cairo", "Alexandria"),
                country("Jordan", "Jordanian", "dinars", "Amman", "Aqaba"),
                country("Morocco", "Moroccan", "dirhams", "Rabat", "Casablanca", "Marrakesh"),
                country("Lebanon", "Lebanese", "Lebanese pounds", "Beirut", "Tripoli"),
                country("Tunisia", "Tunisian", "dinars", "Tunis", "Sfax"),
                country("India", "Indian", "rupees", "New Delhi", "Mumbai", "Bengaluru", "Chennai", "Kolkata"),
                country("Pakistan", "Pakistani", "rupees", "Islamabad", "Karachi", "Lahore"),
                country("Bangladesh", "Bangladeshi", "taka", "Dhaka", "Chittagong"),
                country("Sri Lanka", "Sri Lankan", "rupees", "Colombo", "Kandy"),
                country("Japan", "Japanese", "yen", "Tokyo", "Osaka", "Yokohama", "Nagoya"),
                country("Nigeria", "Nigerian", "naira", "Abuja", "Lagos", "Kano"),
                country("Kenya", "Kenyan", "shillings", "Nairobi", "Mombasa", "Kisumu"),
                country("Ghana", "Ghanaian", "cedis", "Accra", "Kumasi"),
                country("South Africa", "South African", "rand", "Pretoria", "Johannesburg", "Cape Town", "Durban"))) {
            COUNTRIES.put(c.name(), c);
        }
    }

    // ------------------------------------------------------------------------------------------ people

    /** Names of one naming culture, and the countries where its people live. */
    record Culture(List<String> female, List<String> male, List<String> surnames, List<String> countries) {
    }

    static Culture culture(String female, String male, String surnames, String countries) {
        return new Culture(words(female), words(male), words(surnames), List.of(countries.split(", ")));
    }

    static List<String> words(String list) {
        return List.of(list.trim().split("\\s*,\\s*"));
    }

    /**
     * Given names and surnames that are ordinary in their culture. Pairs are formed at random, so any real
     * person who happens to share a pair is a coincidence; names that would form famous pairs are left out.
     */
    static final List<Culture> CULTURES = List.of(
            culture("Emily, Sarah, Rachel, Laura, Hannah, Claire, Megan, Rebecca, Katherine, Olivia, Fiona, Siobhan, Alison, Natalie, Joanna, Victoria",
                    "James, Thomas, Daniel, Andrew, Michael, Robert, Christopher, Matthew, Jonathan, Patrick, Stephen, Richard, Gareth, Callum, Benjamin, Nathan",
                    "Whitaker, Hargreaves, Donnelly, Fletcher, Brennan, Gallagher, Pemberton, Thornton, Ashworth, Caldwell, Mercer, Holloway, Kendall, "
                            + "Prescott, Radcliffe, Sullivan, McAllister, Fairbanks, Winslow, Harrington, Lockwood, Chambers, Dawson, Ellison, Forsyth, "
                            + "Gilmore, Hutchinson, Keating, Lambert, Maddox, Nolan, Osborne, Pritchard, Quinlan, Rutherford, Sheridan, Tennant, "
                            + "Underwood, Vaughan, Whitfield",
                    "the United Kingdom, the United States, Canada, Australia, Ireland"),
            culture("Katrin, Anja, Sabine, Claudia, Franziska, Julia, Stefanie, Birgit, Lena, Miriam, Ulrike, Johanna",
                    "Matthias, Tobias, Florian, Stefan, Markus, Andreas, Jens, Dieter, Wolfgang, Lukas, Henrik, Bernd",
                    "Brandt, Hoffmann, Kessler, Vogel, Baumann, Richter, Schreiber, Wolff, Neumann, Hartmann, Zimmermann, Krause, Lehmann, "
                            + "Busch, Franke, Albrecht, Seidel, Winkler, Lorenz, Haas, Dietrich, Pohl, Kuhn, Ziegler, Graf, Jung, Beck, Roth, Frey, "
                            + "Huber, Gruber, Moser, Steiner, Egger",
                    "Germany, Austria, Switzerland"),
            culture("Camille, Juliette, Nathalie, Sophie, Isabelle, Amelie, Helene, Margaux, Elodie, Delphine, Aurelie, Celine",
                    "Julien, Nicolas, Thierry, Antoine, Mathieu, Olivier, Laurent, Guillaume, Pierre, Sebastien, Vincent, Arnaud",
                    "Moreau, Lefebvre, Girard, Fontaine, Rousseau, Bonnet, Chevalier, Garnier, Faure, Mercier, Blanchard, Gauthier, Perrin, "
                            + "Marchand, Dupuis, Lemaire, Roussel, Renaud, Brunet, Lacroix, Caron, Vasseur, Barbier, Delorme, Aubert, Peeters, "
                            + "Janssens, Claes, Maes, Dubois",
                    "France, Belgium, Switzerland"),
            culture("Lucia, Carmen, Elena, Marta, Isabel, Paula, Valentina, Camila, Daniela, Gabriela, Ximena, Rocio",
                    "Javier, Alejandro, Diego, Pablo, Mateo, Santiago, Andres, Rodrigo, Fernando, Joaquin, Emilio, Ignacio",
                    "Herrera, Castillo, Navarro, Romero, Delgado, Vargas, Morales, Ortega, Guerrero, Medina, Cabrera, Rojas, Fuentes, Aguilar, "
                            + "Salazar, Mendoza, Cortes, Ibarra, Paredes, Villalobos, Quintero, Carrasco, Espinoza, Soto, Pacheco, Benitez, "
                            + "Montoya, Zamora, Calderon, Olmedo",
                    "Spain, Mexico, Argentina, Colombia, Chile, Peru"),
            culture("Giulia, Francesca, Chiara, Alessandra, Federica, Valeria, Silvia, Elisa, Martina, Paola, Serena, Beatrice",
                    "Marco, Luca, Giovanni, Alessandro, Lorenzo, Matteo, Stefano, Davide, Riccardo, Federico, Enrico, Tommaso",
                    "Bianchi, Ferraro, Esposito, Romano, Colombo, Ricci, Marino, Greco, Gallo, Conti, De Luca, Giordano, Mancini, Rizzo, "
                            + "Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, "
                            + "Gentile, Pellegrini, Vitale",
                    "Italy, Switzerland"),
            culture("Ana, Beatriz, Mariana, Leticia, Fernanda, Juliana, Renata, Patricia, Carolina, Larissa, Ines, Joana",
                    "Joao, Tiago, Rafael, Gustavo, Felipe, Eduardo, Marcelo, Vinicius, Leonardo, Henrique, Caio, Sergio",
                    "Santos, Oliveira, Pereira, Carvalho, Almeida, Ferreira, Ribeiro, Rodrigues, Gomes, Martins, Araujo, Barbosa, Cardoso, "
                            + "Teixeira, Moreira, Correia, Mendes, Pinto, Nunes, Monteiro, Lopes, Cavalcanti, Azevedo, Tavares, Macedo",
                    "Portugal, Brazil"),
            culture("Ingrid, Astrid, Sigrid, Maja, Freja, Linnea, Annika, Sanne, Femke, Eva, Liisa, Kirsten",
                    "Lars, Erik, Magnus, Anders, Nils, Jonas, Mikkel, Pieter, Sander, Joost, Mikko, Rasmus",
                    "Johansson, Lindqvist, Nyberg, Halvorsen, Berg, Dahl, Haugen, Bakken, Lund, Nilsen, Christensen, Madsen, Kjaer, "
                            + "Virtanen, Korhonen, Makinen, de Vries, Visser, Bakker, Jansen, van Dijk, Smit, Mulder, de Boer, Vermeulen, Holm, "
                            + "Sandberg, Eklund, Strand, Aasen",
                    "Norway, Sweden, Denmark, Finland, the Netherlands"),
            culture("Agnieszka, Katarzyna, Magdalena, Olena, Iryna, Tetiana, Jelena, Marija, Petra, Lucie, Zuzana, Natalia",
                    "Tomasz, Piotr, Krzysztof, Pavel, Jakub, Oleksandr, Dmytro, Nikola, Milos, Ivan, Bogdan, Vaclav",
                    "Nowak, Wrobel, Mazur, Krol, Sikora, Dudek, Pawlak, Wojcik, Kaczmarek, Novak, Dvorak, Horak, Svoboda, Kovac, Bondarenko, "
                            + "Kovalenko, Tkachenko, Melnyk, Kravchenko, Boyko, Petrovic, Jovanovic, Nikolic, Markovic, Horvat, Babic, "
                            + "Kovacevic, Maric",
                    "Poland, the Czech Republic, Ukraine, Serbia, Croatia"),
            culture("Ayse, Zeynep, Elif, Merve, Selin, Derya, Ebru, Gulsen, Esra, Burcu",
                    "Mehmet, Emre, Murat, Burak, Kerem, Serkan, Onur, Hakan, Cem, Tolga",
                    "Yilmaz, Kaya, Demir, Sahin, Celik, Yildiz, Aydin, Ozturk, Arslan, Dogan, Kilic, Aslan, Cetin, Kara, Koc, Kurt, Ozdemir, "
                            + "Polat, Erdem, Gunes",
                    "Turkey"),
            culture("Layla, Nour, Rania, Huda, Amal, Yasmin, Salma, Dina, Mona, Reem",
                    "Omar, Khaled, Tarek, Youssef, Karim, Hassan, Mahmoud, Samir, Nabil, Walid",
                    "Haddad, Khalil, Nasser, Mansour, Saleh, Farouk, Aziz, Hamdan, Qasim, Darwish, El-Sayed, Abdallah, Barakat, Rahman, "
                            + "Hijazi, Tawfiq, Shami, Zaki, Fakhoury, Jaber",
                    "Egypt, Jordan, Morocco, Lebanon, Tunisia"),
            culture("Priya, Ananya, Kavita, Sunita, Meera, Deepika, Nisha, Aisha, Farah, Shreya",
                    "Arjun, Rahul, Vikram, Sanjay, Rohan, Imran, Aditya, Rajesh, Faisal, Kiran",
                    "Sharma, Patel, Iyer, Mehta, Reddy, Nair, Chatterjee, Banerjee, Kapoor, Malhotra, Desai, Joshi, Rao, Menon, Qureshi, "
                            + "Siddiqui, Chaudhry, Hossain, Perera, Jayasuriya",
                    "India, Pakistan, Bangladesh, Sri Lanka"),
            culture("Yuki, Haruka, Aiko, Emi, Sakura, Mai, Rina, Ayumi, Keiko, Yoko",
                    "Kenji, Takashi, Hiroshi, Daisuke, Satoshi, Kazuki, Ryo, Yuto, Shinji, Naoki",
                    "Watanabe, Takahashi, Kobayashi, Yamamoto, Nakamura, Ito, Saito, Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue, "
                            + "Kimura, Hayashi, Shimizu, Mori, Ikeda, Hashimoto, Ishikawa",
                    "Japan"),
            culture("Ngozi, Chiamaka, Adaeze, Amina, Wanjiru, Akosua, Abena, Thandiwe, Nomvula, Zanele, Fatima, Halima",
                    "Chinedu, Oluwaseun, Tunde, Kwame, Kofi, Otieno, Kamau, Sipho, Thabo, Musa, Ibrahim, Babajide",
                    "Okafor, Adeyemi, Okonkwo, Eze, Balogun, Nwosu, Mensah, Boateng, Asante, Owusu, Odhiambo, Mwangi, Kiplagat, Njoroge, "
                            + "Ndlovu, Dlamini, Khumalo, Mokoena, Nkosi, Abubakar, Bello, Danjuma, Achieng, Wafula",
                    "Nigeria, Kenya, Ghana, South Africa"));

    /** What a person does; it decides the stories they are the subject of and how they are introduced. */
    enum Kind {
        POLITICIAN(24, "POLITICS POLITICS POLITICS POLITICS POLITICS ECONOMY ECONOMY DIPLOMACY DIPLOMACY ENVIRONMENT LABOUR",
                "{Kp} finance minister|{Kp} interior minister|{Kp} minister for {PORTFOLIO}|leader of the {PARTY}|"
                        + "a senior lawmaker from the {PARTY}|deputy leader of the {PARTY}|mayor of {C}|the {N} opposition leader|"
                        + "a member of {Kp} parliament"),
        DIPLOMAT(4, "DIPLOMACY", "{Kp} ambassador to {K2}|a senior {N} diplomat|{Kp} chief negotiator|the {N} deputy foreign minister"),
        EXECUTIVE(15, "BUSINESS",
                "chief executive of {COMPANY}|chief financial officer of {COMPANY}|chair of {COMPANY}|head of operations at {COMPANY}|"
                        + "founder of {COMPANY}"),
        ECONOMIST(6, "ECONOMY", "chief economist at {BANK}|an economist at {BANK}|a senior analyst at {BANK}|"
                + "a professor of economics at the {INSTITUTE}|a member of {Kp} central bank's rate-setting committee"),
        SCIENTIST(10, "HEALTH HEALTH HEALTH ENVIRONMENT ENVIRONMENT",
                "a researcher at the {INSTITUTE}|director of the {INSTITUTE}|an epidemiologist at the {INSTITUTE}|"
                        + "a climate scientist at the {INSTITUTE}|a professor of medicine at the {INSTITUTE}"),
        ATHLETE(12, "SPORT", "the {CLUB} striker|the {CLUB} midfielder|the {CLUB} goalkeeper|the {CLUB} captain|the {N} tennis player|"
                + "the {N} sprinter|the {CLUB} coach"),
        JUDGE(4, "COURTS", "a judge at the {C} district court|a prosecutor in {C}|a defence lawyer based in {C}|the chief prosecutor of {C}"),
        POLICE(4, "COURTS", "a police spokesperson in {C}|the police chief of {C}|a senior detective in {C}"),
        ACTIVIST(5, "ENVIRONMENT ENVIRONMENT HEALTH", "director of the {NGO}|a campaigner with the {NGO}|founder of the {NGO}"),
        UNIONIST(4, "LABOUR", "leader of the {UNION}|general secretary of the {UNION}|a spokesperson for the {UNION}"),
        ARTIST(8, "CULTURE", "the {N} film director|the {N} novelist|the {N} singer|the {N} painter|the {N} playwright|the {N} conductor"),
        OFFICER(4, "DIPLOMACY", "a {N} army general|commander of the {N} navy|a retired {N} general|a {N} defence official");

        final int weight;
        final List<Topic> topics;
        final List<String> roles;

        Kind(int weight, String topics, String roles) {
            this.weight = weight;
            this.topics = Arrays.stream(topics.split(" ")).map(Topic::valueOf).toList();
            this.roles = List.of(roles.split("\\|"));
        }

        boolean covers(Topic topic) {
            return topics.contains(topic);
        }
    }

    record Person(int rank, String first, String last, boolean female, Country country, Kind kind, String role,
            Organisation organisation) {

        String fullName() {
            return first + " " + last;
        }

        String pronoun() {
            return female ? "she" : "he";
        }

        String possessive() {
            return female ? "her" : "his";
        }

        String object() {
            return female ? "her" : "him";
        }
    }

    // ------------------------------------------------------------------------------------------ organisations

    enum OrgKind { COMPANY, BANK, PARTY, INSTITUTE, CLUB, NGO, UNION }

    /** {@code shortName} is how later mentions in an article name it (its first or last words). */
    record Organisation(String name, String shortName, boolean definite, OrgKind kind) {

        String display(boolean full) {
            String n = full ? name : shortName;
            return definite ? "the " + n : n;
        }
    }

    /** Invented stems: a syllable and an ending, so company names are not real companies. */
    static final String[] STEM_STARTS = {"Al", "Bel", "Cor", "Dar", "El", "Fen", "Gal", "Hal", "Ist", "Jor", "Kal", "Lun", "Mar",
            "Nor", "Or", "Pel", "Quen", "Ros", "Sol", "Tal", "Ul", "Ver", "Wil", "Yar", "Zel"};
    static final String[] STEM_ENDS = {"avera", "brook", "cast", "dane", "emont", "gard", "holt", "mere", "ora", "quist", "ridge",
            "stead", "vale", "wick", "ventis", "orix", "entra", "ivo", "onia", "eska", "ytec", "anza"};
    static final String[] COMPANY_SECTORS = {"Holdings", "Energy", "Pharmaceuticals", "Logistics", "Motors", "Telecom", "Airlines",
            "Mining", "Insurance", "Foods", "Systems", "Shipping", "Steel", "Chemicals", "Retail", "Semiconductors", "Media", "Group"};
    static final String[] BANK_SUFFIXES = {"Bank", "Capital", "Securities"};
    static final String[] PARTY_ADJECTIVES = {"Civic", "Progressive", "National", "Popular", "Democratic", "Liberal", "Social",
            "Independent", "Free", "Green"};
    static final String[] PARTY_NOUNS = {"Renewal", "Unity", "Alliance", "Forward", "Future", "Citizens", "Reform", "Movement",
            "Union", "Action"};
    static final String[] INSTITUTE_FIELDS = {"Public Health", "Climate Research", "Economic Studies", "Marine Science",
            "Infectious Diseases", "Energy Policy", "Social Research", "Advanced Medicine"};
    static final String[] CLUB_SUFFIXES = {"Rovers", "Athletic", "Wanderers", "Harriers"};
    static final String[] NGO_SUFFIXES = {"Foundation", "Trust", "Watch"};
    static final String[] UNION_TRADES = {"Rail", "Transport", "Metal", "Port", "Postal", "Public Service", "Engineering", "Retail"};

    // ------------------------------------------------------------------------------------------ the population

    /** Everyone and everything articles can be about, built from the seed alone. */
    static final class Population {
        static final int PEOPLE = 6000;
        static final int AUTHORS = 200;

        final List<Person> people = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        final Map<OrgKind, List<Organisation>> organisations = new EnumMap<>(OrgKind.class);
        final Zipf mainSubject = new Zipf(PEOPLE, 0.9);
        final Zipf secondary = new Zipf(PEOPLE, 0.7);
        final Zipf author = new Zipf(AUTHORS, 0.8);

        Population(long seed) {
            Rng rng = new Rng(seed, POPULATION, 0);
            buildOrganisations(rng);
            List<String[]> pairs = namePairs(rng);
            int[] kindWeights = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).toArray();
            int totalWeight = Arrays.stream(kindWeights).sum();
            for (int rank = 0; rank < PEOPLE; rank++) {
                String[] pair = pairs.get(rank);
                Culture culture = CULTURES.get(Integer.parseInt(pair[3]));
                Country country = COUNTRIES.get(rng.pick(culture.countries()).replaceFirst("^the ", ""));
                int w = rng.nextInt(totalWeight);
                Kind kind = Kind.values()[0];
                for (int k = 0; k < kindWeights.length; k++) {
                    if (w < kindWeights[k]) {
                        kind = Kind.values()[k];
                        break;
                    }
                    w -= kindWeights[k];
                }
                Organisation[] organisation = new Organisation[1];
                String role = role(rng.pick(kind.roles), country, rng, organisation);
                people.add(new Person(rank, pair[0], pair[1], "F".equals(pair[2]), country, kind, role, organisation[0]));
            }
            for (int a = 0; a < AUTHORS; a++) {
                String[] pair = pairs.get(PEOPLE + a);
                authors.add(pair[0] + " " + pair[1]);
            }
        }

        /** Every given-name/surname pair of every culture, shuffled: the order is the popularity rank. */
        private static List<String[]> namePairs(Rng rng) {
            List<String[]> pairs = new ArrayList<>();
            for (int c = 0; c < CULTURES.size(); c++) {
                Culture culture = CULTURES.get(c);
                for (String surname : culture.surnames()) {
                    for (String first : culture.female()) {
                        pairs.add(new String[] {first, surname, "F", Integer.toString(c)});
                    }
                    for (String first : culture.male()) {
                        pairs.add(new String[] {first, surname, "M", Integer.toString(c)});
                    }
                }
            }
            for (int i = pairs.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                String[] t = pairs.get(i);
                pairs.set(i, pairs.get(j));
                pairs.set(j, t);
            }
            if (pairs.size() < PEOPLE + AUTHORS) {
                throw new IllegalStateException("not enough name pairs: " + pairs.size());
            }
            return pairs;
        }

        private void buildOrganisations(Rng rng) {
            List<String> stems = new ArrayList<>();
            for (String start : STEM_STARTS) {
                for (String end : STEM_ENDS) {
                    stems.add(start + end);
                }
            }
            for (int i = stems.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                String t = stems.get(i);
                stems.set(i, stems.get(j));
                stems.set(j, t);
            }
            int next = 0;
            List<Organisation> companies = new ArrayList<>();
            for (int i = 0; i < 200; i++, next++) {
                companies.add(new Organisation(stems.get(next) + " " + rng.pick(COMPANY_SECTORS), stems.get(next), false, OrgKind.COMPANY));
            }
            List<Organisation> banks = new ArrayList<>();
            for (int i = 0; i < 40; i++, next++) {
                banks.add(new Organisation(stems.get(next) + " " + rng.pick(BANK_SUFFIXES), stems.get(next), false, OrgKind.BANK));
            }
            List<Organisation> institutes = new ArrayList<>();
            for (int i = 0; i < 50; i++, next++) {
                String name = stems.get(next) + " Institute for " + rng.pick(INSTITUTE_FIELDS);
                institutes.add(new Organisation(name, stems.get(next) + " Institute", true, OrgKind.INSTITUTE));
            }
            List<Organisation> ngos = new ArrayList<>();
            for (int i = 0; i < 40; i++, next++) {
                String name = stems.get(next) + " " + rng.pick(NGO_SUFFIXES);
                ngos.add(new Organisation(name, name, true, OrgKind.NGO));
            }
            List<Organisation> parties = new ArrayList<>();
            for (String adjective : PARTY_ADJECTIVES) {
                for (String noun : PARTY_NOUNS) {
                    String name = adjective + " " + noun + " Party";
                    parties.add(new Organisation(name, name, true, OrgKind.PARTY));
                }
            }
            List<Organisation> clubs = new ArrayList<>();
            for (Country country : COUNTRIES.values()) {
                for (String city : country.cities()) {
                    String name = city + " " + rng.pick(CLUB_SUFFIXES);
                    clubs.add(new Organisation(name, name, false, OrgKind.CLUB));
                }
            }
            List<Organisation> unions = new ArrayList<>();
            for (Country country : COUNTRIES.values()) {
                String name = country.demonym() + " " + rng.pick(UNION_TRADES) + " Workers Union";
                unions.add(new Organisation(name, name, true, OrgKind.UNION));
            }
            organisations.put(OrgKind.COMPANY, companies);
            organisations.put(OrgKind.BANK, banks);
            organisations.put(OrgKind.INSTITUTE, institutes);
            organisations.put(OrgKind.NGO, ngos);
            organisations.put(OrgKind.PARTY, shuffled(parties, rng));
            organisations.put(OrgKind.CLUB, shuffled(clubs, rng));
            organisations.put(OrgKind.UNION, unions);
        }

        private static <T> List<T> shuffled(List<T> items, Rng rng) {
            for (int i = items.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                T t = items.get(i);
                items.set(i, items.get(j));
                items.set(j, t);
            }
            return items;
        }

        private String role(String template, Country country, Rng rng, Organisation[] organisation) {
            Matcher m = SLOT.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = switch (m.group(1)) {
                    case "Kp" -> country.possessive();
                    case "N" -> country.demonym();
                    case "C" -> rng.pick(country.cities());
                    case "K2" -> otherCountry(country, rng).display();
                    case "PORTFOLIO" -> rng.pick(PORTFOLIOS);
                    case "UNION" -> {
                        organisation[0] = unionOf(country);
                        yield organisation[0].name();
                    }
                    default -> {
                        OrgKind kind = OrgKind.valueOf(m.group(1));
                        List<Organisation> candidates = kind == OrgKind.CLUB ? clubsOf(country) : organisations.get(kind);
                        organisation[0] = candidates.get(new Zipf(candidates.size(), 1.0).sample(rng));
                        yield organisation[0].name();
                    }
                };
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        List<Organisation> clubsOf(Country country) {
            List<Organisation> clubs = organisations.get(OrgKind.CLUB).stream()
                    .filter(c -> country.cities().stream().anyMatch(city -> c.name().startsWith(city + " ")))
                    .toList();
            return clubs.isEmpty() ? organisations.get(OrgKind.CLUB) : clubs;
        }

        Organisation unionOf(Country country) {
            return organisations.get(OrgKind.UNION).stream()
                    .filter(u -> u.name().startsWith(country.demonym() + " "))
                    .findFirst().orElseThrow();
        }

        static Country otherCountry(Country country, Rng rng) {
            List<Country> all = List.copyOf(COUNTRIES.values());
            Country other;
            do {
                other = rng.pick(all);
            } while (other == country);
            return other;
        }
    }

    static final String[] PORTFOLIOS = {"transport", "education", "energy", "agriculture", "trade", "housing", "culture", "labour",
            "justice", "the environment", "digital affairs", "regional development"};

    static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

    // ------------------------------------------------------------------------------------------ topics

    /**
     * A kind of story: its story objects (the noun phrase the story is about, chosen by a Zipf law, so some
     * phrases are common and some rare: the search targets), headlines, standfirsts, leads, body sentences
     * and quotes. {S} is the article's main subject, {T} another main subject, {O} the main organisation.
     */
    enum Topic {
        POLITICS(OrgKind.PARTY, """
                pension reform, electoral law, budget bill, coalition agreement, anti-corruption package, constitutional amendment,
                housing plan, asylum bill, regional autonomy plan, referendum proposal, civil service overhaul, minimum wage bill,
                police reform, education bill, lobbying register, party funding rules, voting age proposal, digital identity scheme,
                rent control law, childcare package, press freedom bill, local election timetable, ethics inquiry, cabinet reshuffle,
                defence spending plan, water privatisation plan, rural broadband scheme, public sector pay deal, transparency law,
                citizenship law""", """
                {Sh} pushes ahead with {OBJ} despite coalition unease
                {Kp} parliament set for showdown over {OBJ}
                {Sh} under pressure as critics attack {OBJ}
                Lawmakers in {K} back {OBJ} after marathon debate
                {Sh} defends {OBJ} as opposition vows to fight on
                Protests grow in {C} over {OBJ}""", """
                The {OBJ} has become the biggest test yet of {Sfull}'s authority, with a vote expected within weeks.
                Opponents say the {OBJ} was rushed through without proper scrutiny; the government says delay would cost more.
                A vote on the {OBJ} could reshape the political map of {K} before the next election.""", """
                {Sfull}, {Srole}, said on {D} that the government would press ahead with the {OBJ} despite mounting opposition in parliament.
                {Sfull}, {Srole}, won a crucial vote on the {OBJ} late on {D}, ending weeks of uncertainty that had rattled the governing coalition.
                Lawmakers in {K} began debating the {OBJ} on {D}, with {Sfull}, {Srole}, warning that the country could not afford another delay.
                {Sfull}, {Srole}, faced a rebellion from within {Sposs} own ranks on {D} as dozens of lawmakers threatened to vote against the {OBJ}.""", """
                {S} has staked much of {Sposs} political capital on the {OBJ}, which opinion polls suggest divides voters almost evenly.
                The proposal would need the support of at least {NUM} more lawmakers to pass, according to a tally by local media.
                Opposition parties accused {S} of using the {OBJ} to distract from rising living costs and a string of scandals.
                {S} spent much of the week meeting regional leaders in an effort to shore up support before the vote.
                A parliamentary committee is due to publish its report on the {OBJ} in {M}, after hearing evidence from more than {NUM} witnesses.
                Critics say the plan was drafted without consulting local authorities, who would be responsible for carrying much of it out.
                {S} and {T} clashed repeatedly during a televised debate on {D} evening, trading accusations over who was to blame for the delays.
                {T} said {Tpro} would only back the {OBJ} if the government agreed to a series of amendments, including an independent review after two years.
                The government has already been forced to water down parts of the {OBJ} after legal advice warned that they could breach the constitution.
                Turnout at the last general election in {K} was just over {PCTHIGH}, the lowest in decades.
                Several hundred people gathered outside parliament in {C} on {D}, some carrying banners denouncing the plan.
                {S} told a party conference in {C} that the changes were overdue and that voters had given the government a clear mandate.
                Analysts say the outcome of the vote will determine whether the coalition survives until the next election, due in {NEXTYEAR}.
                The finance ministry estimates the measures would cost about {BIG} {CUR} over five years.
                A spokesperson for {S} declined to comment on reports that the vote could be postponed again.""", """
                We were elected to take difficult decisions, not to avoid them
                This bill has been written behind closed doors and it shows
                Nobody is pretending this is easy, but the status quo is not an option
                Voters deserve a straight answer about what this will cost them
                We will keep talking to anyone who is willing to talk to us"""),

        ECONOMY(OrgKind.BANK, """
                interest rate decision, inflation figures, trade deficit, jobs report, bond auction, currency intervention, fiscal rule,
                sovereign debt rating, wage growth data, consumer confidence index, retail sales figures, housing market slowdown,
                energy price cap, fuel subsidy, tax overhaul, stimulus package, banking levy, mortgage rules, productivity slump,
                current account surplus, public debt target, windfall tax, customs union talks, growth forecast, spending review,
                pension fund returns, gold reserves, credit squeeze, reserve requirement, export credit scheme""", """
                {Kp} {OBJ} puts pressure on {Sh}
                Markets brace for {OBJ} in {K}
                {Sh} signals caution ahead of {OBJ}
                {OBJ} surprises economists as growth slows in {K}
                Investors weigh {OBJ} as {N} currency slips""", """
                Economists had expected a modest change; the {OBJ} suggests policymakers in {K} are more worried than they let on.
                The {OBJ} comes as households in {K} struggle with higher prices for food and energy.
                {Sfull} said the outlook remained uncertain and that further steps could not be ruled out.""", """
                {Sfull}, {Srole}, said on {D} that the {OBJ} would test the credibility of the government, as the economy cools faster than expected.
                The {OBJ} dominated discussion among investors in {K} on {D}, prompting {Sfull}, {Srole}, to warn of a difficult year ahead.
                {Sfull}, {Srole}, spoke about the {OBJ} on {D}, saying that restoring confidence after months of market turbulence came first.
                The economy of {K} faced fresh headwinds on {D} as attention turned to the {OBJ}, {Sfull}, {Srole}, said.""", """
                The economy grew by {PCT} in the last quarter, according to the national statistics office, down from {PCT2} in the previous three months.
                Consumer prices rose {PCT} in {M} from a year earlier, driven mainly by food and housing costs.
                {S} said the government would publish a revised growth forecast alongside the budget in {M}.
                The {N} currency fell as much as {PCT} against the dollar after the figures were released, before recovering some of its losses.
                Yields on ten-year government bonds rose to their highest level since {YEARPAST}, reflecting concern about the public finances.
                Economists polled before the release had expected a figure of around {PCT}, roughly in line with the central bank's own projections.
                {S} has argued that the {OBJ} should be seen in the context of a global slowdown that has hit exporters hard.
                {T} said the numbers showed that the government's strategy was not working and called for emergency measures to support households.
                Public debt stands at about {PCTHIGH} of gross domestic product, above the limit set by the country's own fiscal rules.
                Unemployment edged up to {PCT}, with job losses concentrated in manufacturing and construction.
                Business groups in {C} welcomed the decision but said it would take months for companies to feel any benefit.
                Exports to {K2} fell for a {ORD} consecutive month, hurt by weaker demand and a stronger currency.
                {S} is due to present the figures to a parliamentary committee on {D}, where lawmakers are expected to press {Sobj} on the details.
                Traders had largely priced in the move, and the main stock index in {C} closed little changed.""", """
                The direction of travel is clear, even if the pace is not
                We are not going to be driven by one month's numbers
                Households are feeling this every time they go to the shops
                There is no painless way to bring inflation down
                The data confirm what businesses have been telling us for months"""),

        BUSINESS(OrgKind.COMPANY, """
                takeover bid, merger talks, share buyback, bond issue, factory closure, chip plant, battery factory,
                dividend cut, stock market debut, restructuring plan, supply contract, licensing deal, cost-cutting programme,
                electric truck, satellite launch, cloud contract, hotel chain sale, pipeline project, offshore wind farm,
                airline alliance, streaming service, mining licence, drone delivery trial, data centre expansion, spin-off plan,
                joint venture, rights issue, asset sale, price increase, recruitment drive""", """
                {Oh} shares slide after {OBJ}
                {Oh} chief {Sh} defends {OBJ}
                {Oh} confirms {OBJ} as pressure from investors mounts
                {OBJ} puts {Oh} in the spotlight
                {Oh} bets on {OBJ} to revive growth""", """
                The {OBJ} is the biggest decision {Ofull} has taken under {Sfull}.
                Investors want to know whether the {OBJ} will pay off before the company's debts come due.
                Analysts said the {OBJ} could reshape the industry in {K} and beyond.""", """
                {Ofull} said on {D} that it had agreed to the {OBJ}, a move {Sfull}, {Srole}, described as essential to the company's future.
                Shares in {Ofull} fell as much as {PCT} on {D} after the company disclosed details of the {OBJ}, raising fresh questions about the strategy of {Sfull}, {Srole}.
                {Sfull}, {Srole}, announced the {OBJ} on {D}, saying the company needed to act quickly to keep pace with rivals.
                {Ofull} is facing questions from investors over the {OBJ}, {Sfull}, {Srole}, acknowledged on {D}.""", """
                {O} reported revenue of {BIG} {CUR} for the last financial year, up {PCT} from a year earlier, while operating profit fell.
                The company employs about {THOUSANDS} people, most of them in {K}, and has operations in more than {NUM} countries.
                {S} told analysts on a conference call that the {OBJ} would start contributing to earnings within two years.
                Shares in {O} have lost roughly a third of their value over the past twelve months.
                {O2} is widely seen as the most likely rival bidder, although it has so far declined to comment.
                The deal still needs approval from competition authorities in {K} and {K2}, a process that could take until the end of the year.
                {S} joined {O} in {YEARPAST} from a rival and has since cut costs sharply, closing several plants.
                Some of the company's largest shareholders have privately questioned whether the {OBJ} is worth the price.
                {O} said it expected to book a one-off charge of about {MIL} {CUR} related to the {OBJ}.
                Trade unions representing workers at the company's sites around {C} said they had not been consulted.
                {T} said the company had underestimated the cost of the {OBJ} and would have to raise more money from investors.
                Credit rating agencies have warned that they could downgrade the company's debt if borrowing rises further.
                The company's main factory near {C} produces more than {THOUSANDS} units a year.
                In a statement, {O} said it remained committed to its targets and would update investors at its annual meeting in {M}.""", """
                We are building this company for the next decade, not the next quarter
                The market has not yet understood what we are doing
                Every serious competitor is making the same bet
                We would rather move early than be forced to move late
                This is a disciplined decision, and the numbers support it"""),

        COURTS(OrgKind.COMPANY, """
                corruption trial, fraud case, extradition request, pension fraud case, murder trial, money laundering inquiry,
                bribery charges, tax evasion case, defamation suit, class action, kidnapping trial, bid-rigging case, jewellery heist,
                arson investigation, smuggling network, cyber attack inquiry, insider trading case, cartel case,
                unfair dismissal case, human trafficking case, bank robbery trial, prison riot inquiry, police shooting inquiry,
                privacy lawsuit, price-fixing case, embezzlement charges, organised crime trial, forged documents case,
                drug seizure, counterfeit goods raid""", """
                {Sh} testifies as {OBJ} enters final week
                Court in {C} opens {OBJ}
                Prosecutors widen {OBJ} in {K}
                {OBJ}: judge orders new hearing
                Defence lawyers challenge evidence in {OBJ}""", """
                The {OBJ} has gripped {K}, with daily hearings broadcast live and queues outside the courthouse in {C}.
                Prosecutors say the evidence is overwhelming; the defence says the investigation was flawed from the start.
                A verdict in the {OBJ} is not expected before {M}.""", """
                {Sfull}, {Srole}, told a court in {C} on {D} that investigators had ignored key evidence in the {OBJ}.
                Prosecutors in {K} on {D} widened the {OBJ} to include several former executives of {Ofull}, {Sfull}, {Srole}, said.
                A court in {C} on {D} heard the opening arguments in the {OBJ}, which {Sfull}, {Srole}, described as one of the most complex cases of its kind.
                {Sfull}, {Srole}, said on {D} that the ruling in the {OBJ} would be appealed, calling it a miscarriage of justice.""", """
                The trial is expected to last at least {NUM} weeks, and more than {NUM2} witnesses have been called to give evidence.
                {S} has denied any wrongdoing and said {Spro} would cooperate fully with the investigation.
                According to the indictment, the alleged offences took place over several years and involved payments of more than {MIL} {CUR}.
                Police searched several offices in {C} as part of the investigation, seizing documents and computers.
                The judge ordered that the identities of several witnesses be kept secret for their protection.
                {T}, who is representing several of the defendants, said the prosecution's case rested on circumstantial evidence.
                If convicted, the defendants face up to {NUM} years in prison.
                The case has drawn comparisons with a similar scandal that rocked {K2} several years ago.
                {O} said in a statement that it had strengthened its internal controls and was cooperating with the authorities.
                Court documents seen by reporters show that investigators had been monitoring the suspects for months.
                {S} appeared calm as the charges were read out, occasionally conferring with {Sposs} lawyers.
                The prosecutor's office said it had frozen assets worth about {MIL} {CUR} while the case proceeds.
                Legal experts said the ruling could set a precedent for future cases in {K}.
                The hearing was adjourned until {D} after the defence asked for more time to examine new evidence.""", """
                The evidence simply does not support the charges
                Justice has to be done, and it has to be seen to be done
                We will pursue this case wherever the evidence leads
                My client has always maintained that the payments were lawful
                This investigation was flawed from the very first day"""),

        HEALTH(OrgKind.INSTITUTE, """
                vaccine trial, measles outbreak, hospital waiting lists, cancer screening programme, malaria drug, heart disease study,
                antibiotic resistance, mental health strategy, dementia research, obesity drug, flu season, organ donation law,
                cholera outbreak, gene therapy, air pollution study, clinical trial results, medicine shortage, health insurance reform,
                maternity ward closures, tuberculosis programme, sugar tax, hearing loss study, sleep study, diabetes treatment,
                blood donor appeal, ambulance response times, rare disease register, hospital merger, dengue cases, nursing shortage""", """
                {OBJ} raises alarm among doctors in {K}
                {Sh} warns of strain as {OBJ} grows
                Scientists in {C} report progress on {OBJ}
                Health officials step up response to {OBJ}
                {Oh} study sheds new light on {OBJ}""", """
                Doctors in {K} say the {OBJ} has exposed long-standing weaknesses in the health system.
                The findings, published on {D}, add to a growing body of evidence but leave key questions unanswered.
                Officials insist the situation is under control; some hospital staff in {C} disagree.""", """
                {Sfull}, {Srole}, said on {D} that the {OBJ} had shown how much pressure hospitals in {K} are under.
                Researchers at {Ofull} published new findings on the {OBJ} on {D}, which {Sfull}, {Srole}, described as encouraging but incomplete.
                Health authorities in {K} on {D} announced new measures on the {OBJ}, {Sfull}, {Srole}, told reporters in {C}.
                {Sfull}, {Srole}, called on {D} for urgent investment after new figures on the {OBJ} revealed wide differences in care across {K}.""", """
                The study followed more than {THOUSANDS} patients over {NUM} years and was published in a peer-reviewed journal.
                {S} said the results were promising but cautioned that larger trials would be needed before any firm conclusions could be drawn.
                Hospitals in {C} reported a {PCT} rise in admissions compared with the same period last year.
                The health ministry said it would spend an additional {MIL} {CUR} on staff and equipment over the next two years.
                {T} said the figures were likely to underestimate the true scale of the problem because many cases went unreported.
                Doctors' associations have long warned that the system is short of several thousand nurses.
                Researchers at {O} are working with colleagues in {K2} to compare data from both countries.
                International health agencies have urged governments to share data more quickly.
                Patients in rural areas often wait twice as long for treatment as those in {C}, according to the report.
                {S} said that early detection remained the most effective way to reduce deaths.
                The findings are consistent with earlier work carried out at {O2}.
                Pharmacies in several regions have reported shortages, and the regulator has asked manufacturers to increase supplies.
                The ministry's figures show that about {PCTHIGH} of adults in {K} are affected.
                Critics said the government had been too slow to act despite repeated warnings from specialists.""", """
                The data are encouraging, but we must be careful not to overstate them
                Our staff are doing extraordinary work under very difficult conditions
                Prevention is always cheaper than cure, and we have neglected it for too long
                We need more people on the wards, not more reports on the shelves
                This is exactly why long-term funding for research matters"""),

        ENVIRONMENT(OrgKind.NGO, """
                heatwave, flood defences, drought, wildfire season, coral bleaching, emissions target, coal phase-out, plastic ban,
                air quality alert, glacier retreat, carbon tax, river pollution, deforestation figures, solar subsidy, hydrogen strategy,
                storm damage, wolf population, water rationing, recycling scheme, sea level rise, heat pump grants, landslide,
                ozone levels, marine reserve, nuclear plant extension, desalination plant, bee decline, snowfall record,
                tree planting drive, electric bus fleet""", """
                {OBJ} tests the climate plans of {K}
                {Sh} calls for action as {OBJ} worsens
                Campaigners in {C} criticise response to {OBJ}
                {Oh} report warns over {OBJ}
                {K} weighs costs of {OBJ}""", """
                Scientists say the {OBJ} is a sign of things to come; farmers and residents around {C} say it is already here.
                The government says it is on track to meet its targets, but campaigners want faster action.
                The {OBJ} has reopened a bitter debate in {K} about who should pay for the energy transition.""", """
                {Sfull}, {Srole}, warned on {D} that the {OBJ} would have lasting consequences for communities around {C}.
                The {OBJ} dominated debate in {K} on {D}, with {Sfull}, {Srole}, urging the government to speed up its climate plans.
                A report published on {D} by {Ofull} found that the {OBJ} had been more severe than expected, {Sfull}, {Srole}, said.
                {Sfull}, {Srole}, said on {D} that the response to the {OBJ} had been too slow and too poorly coordinated.""", """
                Temperatures in parts of {K} reached {NUM} degrees Celsius last week, close to the national record.
                {S} said the government needed to put far more money into protecting homes and farmland.
                Farmers near {C} said they had lost up to {PCTHIGH} of their harvest this year.
                The national weather service issued warnings for several regions and advised residents to avoid unnecessary travel.
                {T} said the measures announced so far would do little to cut emissions before the end of the decade.
                Environmental groups have filed a legal challenge against the government's plans, arguing that they breach its own targets.
                {O} estimates that damage from extreme weather has cost the economy about {BIG} {CUR} over the past decade.
                Emergency crews worked through the night to reach villages cut off by the water.
                The energy ministry said it would hold an auction for new projects in {M}.
                {S} visited the affected area on {D} and promised that residents would receive compensation.
                Scientists at {O2} say the trend is consistent with what climate models have long predicted.
                Insurance companies have begun raising premiums for homes in areas at risk.
                Neighbouring {K2} has adopted similar measures, with mixed results.
                Local authorities in {C} have opened several cooling centres for elderly residents.""", """
                We are living with the consequences of decisions we failed to take twenty years ago
                Every year we say this is exceptional, and every year it happens again
                The technology exists; what is missing is the political will
                Farmers cannot plan when the seasons no longer behave as they used to
                Adaptation is no longer optional"""),

        SPORT(OrgKind.CLUB, """
                title race, transfer window, doping ban, relegation battle, cup final, world championship, stadium deal,
                coaching change, injury crisis, qualifying campaign, record transfer fee, grand slam, marathon record,
                penalty shootout, season opener, hat-trick, Olympic selection, contract extension, match-fixing inquiry,
                derby match, playoff series, tour stage win, knee injury, fan violence, broadcasting rights, youth academy,
                semi-final defeat, golden boot race, ticket prices, championship decider""", """
                {Sh} stars as {Oh} keep {OBJ} alive
                {Oh} face {OBJ} without injured {Sh}
                {Sh} shrugs off pressure before {OBJ}
                {OBJ} goes to the wire
                {Oh} coach backs {Sh} after {OBJ}""", """
                {Ofull} have won {NUM3} of their last ten matches, but the {OBJ} will test them like nothing else this season.
                For {Sfull}, the {OBJ} is a chance to silence the doubters.
                Supporters in {C} have been queuing for tickets since dawn.""", """
                {Sfull}, {Srole}, was the star on {D} as {Ofull} kept their hopes alive in the {OBJ} with a 3-1 win in {C}.
                {Ofull} will have to cope without {Sfull}, {Srole}, for the {OBJ} after scans confirmed a muscle injury, the club said on {D}.
                {Sfull}, {Srole}, said on {D} that {Spro} was relishing the {OBJ}, despite a difficult run of form.
                The {OBJ} took another twist on {D} when {Sfull}, {Srole}, was left out of the starting line-up in {C}.""", """
                {S} has scored {NUM} goals in all competitions this season, more than any other player in the league.
                The coaching staff said {S} had trained normally during the week and was available for selection.
                {T} said the team had been unlucky and would learn from the defeat.
                A crowd of more than {THOUSANDS} watched the match, the biggest home attendance of the season.
                {O} sit {NUM3} points clear at the top of the table with {NUM3} games remaining.
                The visitors equalised early in the second half, but {S} restored the lead with a header from a corner.
                {O2} will host the next round, with tickets expected to sell out within hours.
                Television rights for the competition were sold last year for about {MIL} {CUR}.
                {S} missed most of last season with a knee problem and has only recently returned to full fitness.
                The league's disciplinary panel is expected to rule on the incident on {D}.
                Fans in {C} celebrated late into the night after the final whistle.
                {S} signed a new contract in the summer that runs until {NEXTYEAR}.
                The coach made {NUM3} changes to the side that lost at the weekend.
                The national federation has promised to review refereeing standards after a string of disputed decisions.""", """
                We knew it would be hard, and the lads showed real character
                I do not read the newspapers, I just focus on the next game
                It is a long season and nothing has been decided yet
                The supporters carried us through the last twenty minutes
                When you wear this shirt, you have to give everything"""),

        DIPLOMACY(OrgKind.NGO, """
                ceasefire talks, peace plan, border dispute, sanctions package, prisoner exchange, arms deal, naval exercise,
                refugee corridor, security pact, embassy closure, missile test, trade mission, humanitarian convoy, nuclear talks,
                troop withdrawal, drone strike, hostage release, military aid package, visa restrictions, maritime boundary,
                summit communique, peacekeeping mission, airspace violation, energy corridor, defence treaty, mine clearance,
                evacuation flights, spy scandal, grain corridor, election observers""", """
                {Sh} heads to {K2} as {OBJ} stalls
                {K} and {K2} edge closer on {OBJ}
                {Sh} warns {K2} over {OBJ}
                Hopes fade for {OBJ}
                {OBJ} dominates talks in {C}""", """
                Diplomats in {C} say the {OBJ} could be agreed within days, but similar hopes have been dashed before.
                Relations between {K} and {K2} have been strained for months.
                {Sfull} is under pressure at home to show results.""", """
                {Sfull}, {Srole}, said on {D} that the {OBJ} could be concluded within weeks if {K2} was willing to compromise.
                Talks on the {OBJ} resumed in {C} on {D}, with {Sfull}, {Srole}, urging both sides to seize what {Spro} called a rare opportunity.
                {Sfull}, {Srole}, arrived in {C} on {D} for talks on the {OBJ}, the latest attempt to ease tensions between {K} and {K2}.
                {K} accused {K2} on {D} of undermining the {OBJ}, {Sfull}, {Srole}, told reporters after a meeting of senior officials.""", """
                {S} met {Sposs} counterpart for more than three hours, and both sides described the talks as constructive.
                The two countries share a long border and have a history of disputes going back decades.
                {T} said {Tpro} was cautiously optimistic but warned that several issues remained unresolved.
                Officials in {C} said a draft text had been circulated but declined to give details.
                International mediators have offered to host further rounds of negotiations.
                {S} is due to brief lawmakers on the progress of the talks on {D}.
                Trade between {K} and {K2} was worth about {BIG} {CUR} last year, according to official figures.
                Humanitarian groups including {O} have called for safe access for aid workers.
                Several previous rounds of talks collapsed amid mutual accusations of bad faith.
                {K2} has denied the accusations and said it remained committed to dialogue.
                Military officials in {C} said they had observed increased activity near the border.
                The foreign ministry summoned the ambassador of {K2} to explain the remarks.
                Any agreement would need to be ratified by both parliaments, which could take months.
                {S} spoke by telephone with leaders of several neighbouring countries over the weekend.""", """
                There is a deal to be done if both sides show some courage
                We have made progress, but we are not there yet
                Dialogue is the only way forward, however difficult it may be
                We will not negotiate under threat
                The door remains open, and we hope they walk through it"""),

        CULTURE(OrgKind.NGO, """
                film festival, museum reopening, literary prize, concert tour, art auction, opera premiere, film premiere,
                theatre festival, book fair, music award, art fair, architecture biennial, dance festival, documentary premiere,
                ballet gala, gallery extension, orchestra tour, comedy festival, photography exhibition, song contest,
                poetry prize, album release, fashion week, street art festival, chamber music series, costume exhibition,
                jazz festival, sculpture park, choir competition, puppet festival""", """
                {Sh} wins acclaim at {OBJ}
                {OBJ} draws record crowds in {C}
                {Sh} returns with {OBJ}
                Critics divided over {OBJ}
                {OBJ} puts {C} in the spotlight""", """
                The {OBJ} has become one of the most talked-about cultural events of the year in {K}.
                Organisers say ticket sales are well ahead of last year.
                {Sfull} says the work is the most personal of {Sposs} career.""", """
                {Sfull}, {Srole}, was the toast of the {OBJ} in {C} on {D}, drawing a standing ovation from a packed audience.
                The {OBJ} opened in {C} on {D} with a programme that {Sfull}, {Srole}, described as the most ambitious in its history.
                {Sfull}, {Srole}, said on {D} that the {OBJ} had been years in the making and had nearly collapsed for lack of money.
                Organisers of the {OBJ} said on {D} that visitor numbers had exceeded expectations, {Sfull}, {Srole}, told reporters.""", """
                More than {THOUSANDS} visitors are expected over the coming weeks, according to the organisers.
                {S} first came to prominence early in {Sposs} career with a series of works about life in {C}.
                The programme includes work by artists from {K2} and several other countries.
                {T} said the event showed that there was a hungry audience for ambitious work.
                Funding from {O} helped cover part of the cost, which organisers put at about {MIL} {CUR}.
                Critics have praised the staging but were less convinced by the second half.
                Tickets for the closing night sold out within minutes.
                {S} has said {Spro} plans to take the work on tour to {K2} next year.
                The city council in {C} has promised to keep the venue open despite budget cuts.
                Some local residents have complained about noise and traffic during the event.
                Previous winners have gone on to international success.
                The work was partly inspired by {Sposs} childhood in {C}.
                A documentary about the making of the project is due to be broadcast later this year.
                The jury praised the entries for their range and ambition.""", """
                Art should make people uncomfortable from time to time
                I wanted to make something that would still matter in twenty years
                The audience here has always been generous and demanding at the same time
                Without public funding, none of this would exist
                We wanted to open the doors to people who never come to places like this"""),

        LABOUR(OrgKind.UNION, """
                rail strike, wage talks, pension dispute, port strike, nurses strike, collective agreement, teachers walkout,
                four-day week trial, job cuts, minimum wage increase, overtime ban, airport strike, union recognition,
                gig workers rights, factory occupation, pay offer, mediation talks, bus drivers strike, remote work rules,
                safety inspections, postal strike, shift pattern changes, warehouse walkout, bonus dispute, staff shortages,
                pay freeze, outsourcing plan, early retirement scheme, holiday pay ruling, apprenticeship scheme""", """
                {OBJ} disrupts {K} as talks collapse
                {Sh} rejects offer as {OBJ} looms
                Commuters in {C} face chaos over {OBJ}
                {Oh} under pressure over {OBJ}
                Government steps in as {OBJ} drags on""", """
                The {OBJ} is the latest in a wave of industrial action across {K}.
                Unions say pay has failed to keep up with prices; employers say they cannot afford more.
                {Sfull} says members are ready to hold out for as long as it takes.""", """
                {Sfull}, {Srole}, said on {D} that the {OBJ} would go ahead after employers refused to improve their offer.
                The {OBJ} brought large parts of {K} to a standstill on {D}, with {Sfull}, {Srole}, warning of further action.
                {Sfull}, {Srole}, urged both sides on {D} to return to the table to end the {OBJ}.
                Talks aimed at ending the {OBJ} broke down in {C} on {D}, {Sfull}, {Srole}, told reporters.""", """
                About {THOUSANDS} workers are expected to take part, according to union estimates.
                {S} said members had voted overwhelmingly in favour, with {PCTHIGH} backing the action on a high turnout.
                Employers have offered a pay rise of {PCTSMALL}, well below the rate of inflation.
                {T} said the union's demands were unaffordable and would put jobs at risk.
                Rail operators warned passengers to expect severe disruption and advised them to work from home if possible.
                The government has so far refused to intervene directly, saying it is a matter for employers and unions.
                {O} said it had drawn up contingency plans to keep essential services running.
                It is the {ORD} walkout this year, and the longest since the dispute began.
                Business groups in {C} estimated that each day of the {OBJ} cost the local economy about {MIL} {CUR}.
                Union leaders are due to meet mediators on {D}.
                {S} has been involved in the dispute since {YEARPAST} and is regarded as a tough negotiator.
                Polls suggest that most of the public supports the workers, although that support has slipped.
                Similar disputes have broken out in {K2}, where workers won a substantial pay increase last year.
                Managers at several sites around {C} said they had been forced to cancel shifts.""", """
                Our members have had enough of being taken for granted
                Nobody wants a strike, but we have been left with no choice
                The offer on the table is simply not good enough
                We are ready to talk at any time, day or night
                Workers are paying for a crisis they did not cause""");

        final OrgKind organisationKind;
        final List<String> objects;
        final List<String> headlines;
        final List<String> standfirsts;
        final List<String> leads;
        final List<String> sentences;
        final List<String> quotes;
        final Zipf objectLaw;

        Topic(OrgKind organisationKind, String objects, String headlines, String standfirsts, String leads, String sentences,
                String quotes) {
            this.organisationKind = organisationKind;
            this.objects = words(objects.replace('\n', ' '));
            this.headlines = lines(headlines);
            this.standfirsts = lines(standfirsts);
            this.leads = lines(leads);
            this.sentences = lines(sentences);
            this.quotes = lines(quotes);
            this.objectLaw = new Zipf(this.objects.size(), 1.1);
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Sentences any story may use. */
    static final List<String> GENERAL_QUOTES = lines("""
            We have to be honest about the choices in front of us
            Nobody should be surprised by this
            It is too early to say what this will mean in practice
            We are looking at all the options
            This is not the end of the story
            People want results, not promises
            We will keep working until the job is done
            I have never seen anything like it
            There are lessons here for everyone
            The next few weeks will be decisive
            We have been warning about this for years
            It is a step in the right direction, but only a step
            We are not going to comment on speculation
            I think people understand what is at stake
            Everyone agrees something has to change; the question is how
            We did not ask for this, but we will deal with it
            The facts have not changed since last week
            There is a lot of anger out there, and I understand it
            Nothing has been decided, whatever you may have read
            This is about trust, and trust has to be earned""");

    static final List<String> QUOTE_SENTENCES = lines("""
            "{Q}," {S} said.
            "{Q}," {S} told reporters in {C}.
            "{Q}," {S} said in a statement.
            {S} said: "{Q}."
            "{Q}," {S} told a news conference on {D}.
            "{Q}," {S} wrote on social media.
            Speaking in {C}, {S} said: "{Q}."
            "{Q}," {S} told local radio.
            "{Q}," {S} added.
            "{Q}," {S} said on {D}, speaking to a small group of reporters.
            In an interview with {aN} newspaper, {S} said: "{Q}."
            "{Q}," {S} told supporters in {C}.
            Asked about the criticism, {S} said: "{Q}."
            "{Q}," {S} said, adding that more details would follow.
            {S} struck a defiant tone. "{Q}," {Spro} said.""");

    static final List<String> SECONDARY_SENTENCES = lines("""
            "{Q}," said {X}, {Xrole}.
            {X}, {Xrole}, said the decision had been widely expected.
            {X}, {Xrole}, described the move as long overdue.
            Others were more sceptical. {X}, {Xrole}, said the plan raised more questions than it answered.
            {X}, {Xrole}, told local television that {Xpro} had been surprised by the strength of the reaction.
            According to {X}, {Xrole}, the real test will come later in the year.
            {X}, {Xrole}, said {Xpro} expected the matter to be settled by {M}.
            The criticism was echoed by {X}, {Xrole}, who said the warnings had been ignored.
            {X}, {Xrole}, was among the first to respond, saying {Xpro} would study the details carefully.
            "{Q}," {X}, {Xrole}, said in an interview.
            {X}, {Xrole}, said there was still time to change course.
            A different view came from {X}, {Xrole}, who argued that the risks had been exaggerated.
            {X}, {Xrole}, declined to comment on the details but said talks were continuing.
            {X}, {Xrole}, said the announcement had come as no surprise in {C}.""");

    static final List<String> REMENTION_SENTENCES = lines("""
            {Y} added that {Ypro} would raise the issue again in {M}.
            {Y} said {Ypro} had not been consulted.
            "{Q}," {Y} added.
            {Y} later said {Ypro} was not opposed to the idea in principle.""");

    static final List<String> ORGANISATION_SENTENCES = lines("""
            {O} did not respond to a request for comment.
            A spokesperson for {O} said the organisation was studying the proposal.
            {O} has been involved in the discussions since the start, according to people familiar with the matter.
            {O2} said in a statement that it supported the move.
            Representatives of {O2} are expected to attend a meeting in {C} next week.""");

    static final List<String> BACKGROUND_SENTENCES = lines("""
            The announcement came after weeks of speculation in the {N} media.
            {C} has been at the centre of the debate for months.
            Similar measures were introduced in {K2} two years ago.
            The issue is expected to feature prominently in the campaign for next year's elections.
            Officials said more details would be published in the coming days.
            The latest developments follow a turbulent year for {K}.
            Reaction on social media was swift and largely critical.
            It was not immediately clear how the plan would be financed.
            The story was first reported by a local newspaper in {C}.
            Opinion polls published this week suggest the public remains divided.
            {S} is expected to return to {C} later this week.
            The {OBJ} has been discussed for more than a year without agreement.
            Observers in {K2} are watching the outcome closely.
            The decision is likely to be challenged.
            Details of the plan have been closely guarded, and only a handful of officials have seen the full text.
            The timing is awkward: several other contentious issues are competing for attention this month.
            Earlier attempts to tackle the problem ended in failure, most recently in {YEARPAST}.
            Local newspapers in {C} gave the story prominent coverage on {D}.
            The figures are likely to be revised once more complete data become available.
            Several independent experts have questioned the assumptions behind the official estimates.
            {S} has faced similar criticism before and has so far weathered it.
            It is the {ORD} time in two years that the issue has come to a head.
            Supporters argue that the benefits will take time to become visible.
            Neighbouring countries, including {K2}, are following the debate with interest.
            The controversy has also exposed divisions within the governing camp.
            A spokesperson declined to say when a final decision would be taken.""");

    static final List<String> CLOSING_SENTENCES = lines("""
            {S} is due to speak again on {D}.
            A final decision is expected in {M}.
            Further talks are scheduled for next week in {C}.
            The next meeting is set for {M}.""");

    static final List<String> HEADINGS = lines("""
            Background
            Reaction
            What happens next
            Criticism
            A divided response
            The numbers
            Next steps
            Wider concerns
            Looking ahead
            On the ground
            A long road
            Pressure builds""");

    static final List<String> SOURCES = List.of("Newsgraph Wire", "Harbour Times", "Northern Ledger", "Continental Press",
            "Evening Meridian", "Coastal Herald", "Capital Courier", "Metro Dispatch");

    // ------------------------------------------------------------------------------------------ one article

    /** Who and what an article is about: cheap to draw, so --describe can count over 100,000 articles. */
    record Cast(long index, Topic topic, String object, List<Person> mains, List<Person> secondaries, Organisation organisation,
            List<Organisation> otherOrganisations, Country country, String city, Country otherCountry, int targetWords,
            String source, List<String> authors, Instant publishedAt) {
    }

    record Section(String heading, List<String> paragraphs) {
    }

    record Planted(String name, String type, String role) {
    }

    record Article(Cast cast, String url, String headline, String standfirst, List<Section> sections, List<String> tags,
            List<Planted> planted) {

        String plainText() {
            List<String> blocks = new ArrayList<>();
            blocks.add(headline);
            blocks.add(standfirst);
            for (Section s : sections) {
                if (s.heading() != null) {
                    blocks.add(s.heading());
                }
                blocks.addAll(s.paragraphs());
            }
            return String.join("\n\n", blocks);
        }

        int wordCount() {
            return plainText().split("\\s+").length;
        }
    }

    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    /** About 100,000 articles a year, the output of a large wire service. */
    static final long SECONDS_BETWEEN_ARTICLES = 315;
    /** Word counts: log-normal with median 450 and 5th/95th percentiles near 170/1,200, like wire copy. */
    static final double LOG_MEDIAN_WORDS = StrictMath.log(450);
    static final double LOG_SIGMA_WORDS = 0.6;

    static final class Corpus {
        final long seed;
        final Population population;
        final Zipf sourceLaw = new Zipf(SOURCES.size(), 1.0);

        Corpus(long seed) {
            this.seed = seed;
            this.population = new Population(seed);
        }

        Cast cast(long index) {
            Rng rng = new Rng(seed, CASTING, index);
            List<Person> people = population.people;
            Person lead = people.get(population.mainSubject.sample(rng));
            Topic topic = rng.pick(lead.kind().topics);
            List<Person> mains = new ArrayList<>(List.of(lead));
            Set<String> surnames = new HashSet<>(Set.of(lead.last()));
            double r = rng.nextDouble();
            int mainCount = r < 0.45 ? 1 : r < 0.85 ? 2 : 3;
            for (int attempt = 0; mains.size() < mainCount && attempt < 40; attempt++) {
                Person p = people.get(population.mainSubject.sample(rng));
                if (!surnames.contains(p.last()) && (p.kind().covers(topic) || rng.chance(0.1))) {
                    mains.add(p);
                    surnames.add(p.last());
                }
            }
            int targetWords = (int) Math.max(90, Math.min(2500,
                    Math.round(StrictMath.exp(LOG_MEDIAN_WORDS + LOG_SIGMA_WORDS * rng.gaussian()))));
            int secondaryCount = Math.max(1, Math.min(8, targetWords / 180 + rng.nextInt(2)));
            List<Person> secondaries = new ArrayList<>();
            for (int attempt = 0; secondaries.size() < secondaryCount && attempt < 80; attempt++) {
                Person p = people.get(population.secondary.sample(rng));
                if (!surnames.contains(p.last())) {
                    secondaries.add(p);
                    surnames.add(p.last());
                }
            }
            Country country = lead.country();
            Organisation organisation;
            if (lead.organisation() != null && lead.organisation().kind() == topic.organisationKind) {
                organisation = lead.organisation();
            } else if (topic.organisationKind == OrgKind.UNION) {
                organisation = population.unionOf(country);
            } else if (topic.organisationKind == OrgKind.CLUB) {
                organisation = zipfPick(population.clubsOf(country), rng);
            } else {
                organisation = zipfPick(population.organisations.get(topic.organisationKind), rng);
            }
            List<Organisation> others = new ArrayList<>();
            for (int k = 0, n = 1 + rng.nextInt(2); k < n; k++) {
                OrgKind kind = rng.chance(0.85) ? topic.organisationKind : rng.pick(OrgKind.values());
                Organisation o = zipfPick(population.organisations.get(kind), rng);
                if (o != organisation && !others.contains(o)) {
                    others.add(o);
                }
            }
            String city = rng.pick(country.cities());
            Country otherCountry = Population.otherCountry(country, rng);
            String object = topic.objects.get(topic.objectLaw.sample(rng));
            String source = SOURCES.get(sourceLaw.sample(rng));
            List<String> authors = new ArrayList<>();
            for (int k = 0, n = rng.chance(0.7) ? 1 : rng.chance(0.85) ? 2 : 3; k < n; k++) {
                String a = population.authors.get(population.author.sample(rng));
                if (!authors.contains(a)) {
                    authors.add(a);
                }
            }
            Instant publishedAt = EPOCH.plusSeconds(index * SECONDS_BETWEEN_ARTICLES + rng.nextInt((int) SECONDS_BETWEEN_ARTICLES));
            return new Cast(index, topic, object, List.copyOf(mains), List.copyOf(secondaries), organisation, List.copyOf(others),
                    country, city, otherCountry, targetWords, source, List.copyOf(authors), publishedAt);
        }

        private static <T> T zipfPick(List<T> items, Rng rng) {
            return items.get(new Zipf(items.size(), 1.0).sample(rng));
        }

        Article article(long index) {
            return new ArticleWriter(cast(index), new Rng(seed, WRITING, index), seed).write();
        }
    }

    // ------------------------------------------------------------------------------------------ writing

    /** Renders a cast as news copy: templates filled in, people introduced in full then by surname. */
    static final class ArticleWriter {
        private static final double WORDS_PER_SENTENCE = 22;

        private final Cast cast;
        private final Rng rng;
        private final long seed;
        private final Set<Person> introduced = new HashSet<>();
        private final List<Person> pendingSecondaries;
        private final List<Person> quotedSecondaries = new ArrayList<>();
        private final Set<Organisation> introducedOrganisations = new HashSet<>();
        private final Map<String, Planted> planted = new LinkedHashMap<>();
        private final Set<String> usedTemplates = new HashSet<>();
        private int otherOrganisationTurn;
        private int words;

        ArticleWriter(Cast cast, Rng rng, long seed) {
            this.cast = cast;
            this.rng = rng;
            this.seed = seed;
            this.pendingSecondaries = new ArrayList<>(cast.secondaries());
        }

        Article write() {
            Topic topic = cast.topic();
            Person lead = cast.mains().get(0);
            String headline = capitalise(fill(rng.pick(topic.headlines), lead, true));
            String standfirst = capitalise(fill(rng.pick(topic.standfirsts), lead, false));
            words = headline.split(" ").length + standfirst.split(" ").length;
            List<String> paragraphs = new ArrayList<>();
            String first = fill(rng.pick(topic.leads), lead, false);
            if (rng.chance(0.5)) {
                first = cast.city().toUpperCase(Locale.ROOT) + " (" + cast.source() + ") - " + first;
            }
            paragraphs.add(count(capitalise(first)));
            int expectedSentences = (int) Math.max(1, cast.targetWords() / WORDS_PER_SENTENCE);
            double secondaryRate = Math.min(0.8, pendingSecondaries.size() / (0.75 * expectedSentences));
            // the closing sentences below add about 20 words
            while (words < cast.targetWords() - 20) {
                double r = rng.nextDouble();
                int sentences = r < 0.55 ? 1 : r < 0.92 ? 2 : 3;
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < sentences; s++) {
                    String sentence = !pendingSecondaries.isEmpty() && rng.chance(secondaryRate)
                            ? fill(fresh(SECONDARY_SENTENCES), focus(), false)
                            : bodySentence();
                    if (paragraph.length() > 0) {
                        paragraph.append(' ');
                    }
                    paragraph.append(capitalise(sentence));
                }
                paragraphs.add(count(paragraph.toString()));
            }
            while (!pendingSecondaries.isEmpty()) {
                paragraphs.add(count(capitalise(fill(fresh(SECONDARY_SENTENCES), focus(), false))));
            }
            for (Person main : cast.mains()) {
                if (!introduced.contains(main)) {
                    paragraphs.add(count(capitalise(fill(fresh(QUOTE_SENTENCES), main, false))));
                }
            }
            if (rng.chance(0.5)) {
                paragraphs.add(count(capitalise(fill(fresh(CLOSING_SENTENCES), lead, false))));
            }
            List<String> tags = List.of(topic.tag(), cast.country().name());
            String url = "https://www." + domain(cast.source()) + ".example/" + topic.tag() + "/"
                    + cast.publishedAt().toString().substring(0, 10).replace('-', '/') + "/" + slug(headline) + "-"
                    + Long.toHexString(seed & 0xffffL) + "-" + cast.index();
            return new Article(cast, url, headline, standfirst, sections(paragraphs), tags, List.copyOf(planted.values()));
        }

        private String count(String paragraph) {
            words += paragraph.split(" ").length;
            return paragraph;
        }

        /** Long articles get sections with headings, as wire features do. */
        private List<Section> sections(List<String> paragraphs) {
            if (words < 550 || paragraphs.size() < 8) {
                return List.of(new Section(null, paragraphs));
            }
            List<Section> sections = new ArrayList<>();
            List<String> headings = new ArrayList<>(HEADINGS);
            int start = 0;
            int end = Math.min(paragraphs.size(), 4 + rng.nextInt(4));
            String heading = null;
            while (start < paragraphs.size()) {
                sections.add(new Section(heading, List.copyOf(paragraphs.subList(start, end))));
                start = end;
                end = Math.min(paragraphs.size(), start + 4 + rng.nextInt(5));
                if (paragraphs.size() - end < 3) {
                    end = paragraphs.size();
                }
                if (headings.isEmpty()) {
                    headings.addAll(HEADINGS);
                }
                heading = headings.remove(rng.nextInt(headings.size()));
            }
            return sections;
        }

        private String bodySentence() {
            Topic topic = cast.topic();
            Person lead = cast.mains().get(0);
            for (;;) {
                double r = rng.nextDouble();
                if (r < 0.42) {
                    String template = fresh(topic.sentences);
                    if (template.contains("{T") && cast.mains().size() < 2) {
                        continue;
                    }
                    return fill(template, lead, false);
                } else if (r < 0.6) {
                    return fill(fresh(QUOTE_SENTENCES), focus(), false);
                } else if (r < 0.82) {
                    return fill(fresh(BACKGROUND_SENTENCES), lead, false);
                } else if (r < 0.93) {
                    return fill(fresh(ORGANISATION_SENTENCES), lead, false);
                } else if (!quotedSecondaries.isEmpty()) {
                    return fill(fresh(REMENTION_SENTENCES), lead, false);
                }
            }
        }

        /** The main subject a sentence is about: the lead most often, the others often enough to recur. */
        private Person focus() {
            List<Person> mains = cast.mains();
            double r = rng.nextDouble();
            if (mains.size() == 1 || r < 0.5) {
                return mains.get(0);
            }
            return mains.size() == 2 || r < 0.8 ? mains.get(1) : mains.get(2);
        }

        /** A quote not yet used in this article: the topic's own mostly, general ones once those are used up. */
        private String quote() {
            List<String> topical = cast.topic().quotes;
            boolean topicalLeft = topical.stream().anyMatch(q -> !usedTemplates.contains(q));
            return fresh(topicalLeft && rng.chance(0.6) ? topical : GENERAL_QUOTES);
        }

        /** A template not yet used in this article while the pool lasts, so long articles do not repeat. */
        private String fresh(List<String> pool) {
            List<String> unused = pool.stream().filter(t -> !usedTemplates.contains(t)).toList();
            String template = rng.pick(unused.isEmpty() ? pool : unused);
            usedTemplates.add(template);
            return template;
        }

        private String fill(String template, Person subject, boolean headline) {
            Person other = cast.mains().stream().filter(p -> p != subject).findFirst().orElse(subject);
            Person secondary = null;
            Person remention = quotedSecondaries.isEmpty() ? null : rng.pick(quotedSecondaries);
            Matcher m = SLOT.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String slot = m.group(1);
                String after = template.substring(m.end());
                String value;
                switch (slot) {
                    case "S" -> value = mention(subject, after, headline);
                    case "Sfull" -> value = full(subject);
                    case "Srole" -> value = role(subject);
                    case "Sh" -> value = subject.last();
                    case "Spro" -> value = subject.pronoun();
                    case "Sposs" -> value = subject.possessive();
                    case "Sobj" -> value = subject.object();
                    case "T" -> value = mention(other, after, headline);
                    case "Tpro" -> value = other.pronoun();
                    case "X" -> {
                        secondary = pendingSecondaries.isEmpty() ? rng.pick(cast.secondaries()) : pendingSecondaries.remove(0);
                        quotedSecondaries.add(secondary);
                        value = full(secondary);
                        plantPerson(secondary, "secondary");
                    }
                    case "Xrole" -> value = role(secondary);
                    case "Xpro" -> value = secondary.pronoun();
                    case "Y" -> value = remention.last();
                    case "Ypro" -> value = remention.pronoun();
                    case "O" -> value = organisation(cast.organisation(), headline);
                    case "Ofull" -> value = organisation(cast.organisation(), false);
                    case "Oh" -> value = organisation(cast.organisation(), true);
                    case "O2" -> value = otherOrganisation();
                    case "OBJ" -> value = cast.object();
                    case "C" -> {
                        value = cast.city();
                        plant(value, "LOCATION", "place");
                    }
                    case "K" -> {
                        value = cast.country().display();
                        plant(cast.country().name(), "LOCATION", "place");
                    }
                    case "Kp" -> {
                        value = cast.country().possessive();
                        plant(cast.country().name(), "LOCATION", "place");
                    }
                    case "K2" -> {
                        value = cast.otherCountry().display();
                        plant(cast.otherCountry().name(), "LOCATION", "place");
                    }
                    case "N" -> value = cast.country().demonym();
                    case "aN" -> value = ("AEIOU".indexOf(cast.country().demonym().charAt(0)) >= 0 ? "an " : "a ") + cast.country().demonym();
                    case "CUR" -> value = cast.country().currency();
                    case "Q" -> value = quote();
                    case "D" -> value = DayOfWeek.of(1 + rng.nextInt(5)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    case "M" -> value = Month.of(1 + rng.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    case "NUM" -> value = Integer.toString(rng.between(3, 60));
                    case "NUM2" -> value = Integer.toString(rng.between(10, 200));
                    case "NUM3" -> value = rng.pick(SMALL_NUMBERS);
                    case "ORD" -> value = rng.pick(ORDINALS);
                    case "THOUSANDS" -> value = String.format(Locale.ROOT, "%,d", rng.between(2, 95) * 1000);
                    case "BIG" -> value = decimal(rng.between(11, 959)) + " billion";
                    case "MIL" -> value = decimal(rng.between(11, 959)) + " million";
                    case "PCT", "PCT2" -> value = decimal(rng.between(2, 99)) + " percent";
                    case "PCTSMALL" -> value = decimal(rng.between(10, 45)) + " percent";
                    case "PCTHIGH" -> value = rng.between(35, 85) + " percent";
                    case "YEARPAST" -> value = Integer.toString(year() - rng.between(2, 12));
                    case "NEXTYEAR" -> value = Integer.toString(year() + rng.between(1, 3));
                    default -> throw new IllegalStateException("unknown slot {" + slot + "} in: " + template);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /**
         * A main subject as news names people: in full with their role the first time (as an apposition when
         * the sentence allows one), by surname afterwards; headlines use the surname alone.
         */
        private String mention(Person person, String after, boolean headline) {
            if (headline) {
                return person.last();
            }
            if (!introduced.contains(person)) {
                String name = full(person);
                if (after.startsWith(" ") && !after.startsWith(" and ")) {
                    return name + ", " + role(person) + ",";
                }
                if (after.startsWith(".") || after.startsWith(",")) {
                    return name + ", " + role(person);
                }
                return name;
            }
            plantPerson(person, "main");
            return person.last();
        }

        private String full(Person person) {
            introduced.add(person);
            plantPerson(person, cast.mains().contains(person) ? "main" : "secondary");
            return person.fullName();
        }

        private void plantPerson(Person person, String role) {
            plant(person.fullName(), "PERSON", role);
        }

        /** A person's role; the organisation it names is written into the text with it. */
        private String role(Person person) {
            if (person.organisation() != null) {
                plant(person.organisation().name(), "ORGANIZATION", "role");
            }
            return person.role();
        }

        private String organisation(Organisation o, boolean shortForm) {
            boolean first = introducedOrganisations.add(o);
            plant(o.name(), "ORGANIZATION", "organisation");
            return o.display(!shortForm && first);
        }

        private String otherOrganisation() {
            if (cast.otherOrganisations().isEmpty()) {
                return organisation(cast.organisation(), false);
            }
            Organisation o = cast.otherOrganisations().get(otherOrganisationTurn++ % cast.otherOrganisations().size());
            return organisation(o, false);
        }

        private void plant(String name, String type, String role) {
            Planted existing = planted.get(name);
            if (existing == null || ("main".equals(role) && !"main".equals(existing.role()))) {
                planted.put(name, new Planted(name, type, role));
            }
        }

        private int year() {
            return ZonedDateTime.ofInstant(cast.publishedAt(), ZoneOffset.UTC).getYear();
        }

        private static String decimal(int tenths) {
            return tenths / 10 + "." + tenths % 10;
        }
    }

    static final String[] SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven"};
    static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth"};

    static String domain(String source) {
        return source.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = s.charAt(0) == '"' ? 1 : 0;
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    static String slug(String headline) {
        String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-[^-]*$", "") : slug;
    }

    // ------------------------------------------------------------------------------------------ output

    static final class Json {
        private Json() {
        }

        static String article(Article a) {
            StringBuilder sb = new StringBuilder(4096);
            sb.append("{\"url\":").append(string(a.url()))
                    .append(",\"headline\":").append(string(a.headline()))
                    .append(",\"standfirst\":").append(string(a.standfirst()))
                    .append(",\"authors\":").append(strings(a.cast().authors()))
                    .append(",\"source\":").append(string(a.cast().source()))
                    .append(",\"language\":\"en\"")
                    .append(",\"publishedAt\":").append(string(a.cast().publishedAt().toString()))
                    .append(",\"tags\":").append(strings(a.tags()))
                    .append(",\"sections\":[");
            for (int s = 0; s < a.sections().size(); s++) {
                Section section = a.sections().get(s);
                sb.append(s == 0 ? "" : ",").append("{\"heading\":").append(section.heading() == null ? "null" : string(section.heading()))
                        .append(",\"paragraphs\":").append(strings(section.paragraphs())).append('}');
            }
            return sb.append("]}").toString();
        }

        static String planted(Article a) {
            StringBuilder sb = new StringBuilder(4096);
            sb.append("{\"index\":").append(a.cast().index())
                    .append(",\"url\":").append(string(a.url()))
                    .append(",\"text\":").append(string(a.plainText()))
                    .append(",\"planted\":[");
            for (int i = 0; i < a.planted().size(); i++) {
                Planted p = a.planted().get(i);
                sb.append(i == 0 ? "" : ",").append("{\"name\":").append(string(p.name())).append(",\"type\":").append(string(p.type()))
                        .append(",\"role\":").append(string(p.role())).append('}');
            }
            return sb.append("]}").toString();
        }

        static String strings(List<String> values) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(string(values.get(i)));
            }
            return sb.append(']').toString();
        }

        static String string(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
    }

    // ------------------------------------------------------------------------------------------ --describe

    /**
     * What a benchmark needs to choose query targets for the corpus of articles 0..n-1: people by the number
     * of articles that name them (exact: counted from every article's cast), and search phrases whose article
     * counts span several orders of magnitude (story objects: exact counts of articles about them, each of
     * which contains the phrase; words: estimated from a sample).
     */
    static final class Description {
        private static final double[] SELECTIVITIES = {0.05, 0.01, 0.001, 0.0001};
        private static final List<String> COMMON_WORDS = List.of("said", "government", "minister", "company", "court");
        private static final int SAMPLE = 2000;

        private final Corpus corpus;
        private final long articles;

        Description(Corpus corpus, long articles) {
            this.corpus = corpus;
            this.articles = articles;
        }

        String json() {
            int[] personArticles = new int[Population.PEOPLE];
            int[] personMain = new int[Population.PEOPLE];
            Map<String, Integer> objectArticles = new HashMap<>();
            Map<String, Topic> objectTopic = new HashMap<>();
            for (long i = 0; i < articles; i++) {
                Cast cast = corpus.cast(i);
                for (Person p : cast.mains()) {
                    personArticles[p.rank()]++;
                    personMain[p.rank()]++;
                }
                for (Person p : cast.secondaries()) {
                    personArticles[p.rank()]++;
                }
                objectArticles.merge(cast.object(), 1, Integer::sum);
                objectTopic.put(cast.object(), cast.topic());
            }
            List<Person> people = corpus.population.people;
            List<Person> byArticles = new ArrayList<>(people);
            byArticles.sort(Comparator.comparingInt((Person p) -> -personArticles[p.rank()]).thenComparingInt(Person::rank));
            StringBuilder sb = new StringBuilder();
            sb.append("{\"seed\":").append(corpus.seed).append(",\"articles\":").append(articles);
            sb.append(",\"note\":").append(Json.string("people.articles counts the articles whose text names the person (planted);"
                    + " the entity service finds most but not all of them. phrases.articles counts the articles about that story"
                    + " object (each contains the phrase; a few others may mention it in passing)."));
            sb.append(",\"people\":{\"top\":[");
            for (int k = 0; k < 20; k++) {
                sb.append(k == 0 ? "" : ",").append(person(byArticles.get(k), personArticles, personMain));
            }
            sb.append("],\"rare\":[");
            // the least named person at or above each of these counts, each count once
            List<Person> rare = new ArrayList<>();
            for (int target : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
                byArticles.stream().filter(p -> personArticles[p.rank()] >= target)
                        .min(Comparator.comparingInt((Person p) -> personArticles[p.rank()]).thenComparingInt(Person::rank))
                        .filter(p -> rare.stream().noneMatch(q -> personArticles[q.rank()] == personArticles[p.rank()]))
                        .ifPresent(rare::add);
            }
            for (int k = 0; k < rare.size(); k++) {
                sb.append(k == 0 ? "" : ",").append(person(rare.get(k), personArticles, personMain));
            }
            long named = Arrays.stream(personArticles).filter(c -> c > 0).count();
            sb.append("],\"distinctNamed\":").append(named).append('}');
            sb.append(",\"phrases\":[");
            List<Map.Entry<String, Integer>> objects = new ArrayList<>(objectArticles.entrySet());
            objects.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> chosen = new ArrayList<>();
            chosen.add(objects.get(0).getKey());
            for (double selectivity : SELECTIVITIES) {
                double target = selectivity * articles;
                objects.stream().filter(e -> !chosen.contains(e.getKey()))
                        .min(Comparator.comparingDouble(e -> Math.abs(StrictMath.log(e.getValue() / target))))
                        .ifPresent(e -> chosen.add(e.getKey()));
            }
            for (int k = 0; k < chosen.size(); k++) {
                String phrase = chosen.get(k);
                int n = objectArticles.get(phrase);
                sb.append(k == 0 ? "" : ",").append("{\"query\":").append(Json.string("\"" + phrase + "\""))
                        .append(",\"topic\":").append(Json.string(objectTopic.get(phrase).tag()))
                        .append(",\"articles\":").append(n)
                        .append(",\"selectivity\":").append(String.format(Locale.ROOT, "%.6f", (double) n / articles)).append('}');
            }
            sb.append("],\"words\":[");
            Map<String, Integer> wordHits = wordSample();
            long sample = Math.min(articles, SAMPLE);
            for (int k = 0; k < COMMON_WORDS.size(); k++) {
                String word = COMMON_WORDS.get(k);
                double share = (double) wordHits.getOrDefault(word, 0) / sample;
                sb.append(k == 0 ? "" : ",").append("{\"query\":").append(Json.string(word))
                        .append(",\"estimatedArticles\":").append(Math.round(share * articles))
                        .append(",\"selectivity\":").append(String.format(Locale.ROOT, "%.4f", share)).append('}');
            }
            sb.append("],\"noMatch\":").append(Json.string("\"quantum bakery\""));
            return sb.append('}').toString();
        }

        private Map<String, Integer> wordSample() {
            long sample = Math.min(articles, SAMPLE);
            Map<String, Integer> hits = new HashMap<>();
            for (long k = 0; k < sample; k++) {
                long i = k * articles / sample;
                Set<String> seen = new HashSet<>(Arrays.asList(corpus.article(i).plainText().toLowerCase(Locale.ROOT).split("[^a-z]+")));
                for (String word : COMMON_WORDS) {
                    if (seen.contains(word)) {
                        hits.merge(word, 1, Integer::sum);
                    }
                }
            }
            return hits;
        }

        private static String person(Person p, int[] articles, int[] asMain) {
            return "{\"name\":" + Json.string(p.fullName()) + ",\"shortName\":" + Json.string(p.last())
                    + ",\"articles\":" + articles[p.rank()] + ",\"asMainSubject\":" + asMain[p.rank()]
                    + ",\"popularityRank\":" + (p.rank() + 1) + ",\"role\":" + Json.string(p.role()) + "}";
        }
    }

    // ------------------------------------------------------------------------------------------ --stats

    static final class Statistics {
        private final Corpus corpus;
        private final long from;
        private final long count;

        Statistics(Corpus corpus, long from, long count) {
            this.corpus = corpus;
            this.from = from;
            this.count = count;
        }

        String json() {
            if (count == 0) {
                throw new IllegalArgumentException("--stats needs --count of at least 1");
            }
            int[] words = new int[(int) count];
            long bytes = 0;
            long paragraphs = 0;
            long people = 0;
            long sectioned = 0;
            for (int k = 0; k < count; k++) {
                Article a = corpus.article(from + k);
                words[k] = a.wordCount();
                bytes += Json.article(a).getBytes(StandardCharsets.UTF_8).length + 1;
                paragraphs += a.sections().stream().mapToInt(s -> s.paragraphs().size()).sum();
                people += a.planted().stream().filter(p -> "PERSON".equals(p.type())).count();
                sectioned += a.sections().size() > 1 ? 1 : 0;
            }
            Arrays.sort(words);
            StringBuilder sb = new StringBuilder();
            sb.append("{\"from\":").append(from).append(",\"count\":").append(count).append(",\"words\":{");
            for (int p : new int[] {5, 25, 50, 75, 95}) {
                sb.append("\"p").append(p).append("\":").append(words[(int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1)]).append(',');
            }
            sb.append("\"min\":").append(words[0]).append(",\"max\":").append(words[(int) count - 1])
                    .append(",\"mean\":").append(Math.round(Arrays.stream(words).average().orElse(0))).append('}');
            sb.append(",\"meanNdjsonBytes\":").append(bytes / count)
                    .append(",\"meanParagraphs\":").append(String.format(Locale.ROOT, "%.1f", (double) paragraphs / count))
                    .append(",\"meanPeopleNamed\":").append(String.format(Locale.ROOT, "%.2f", (double) people / count))
                    .append(",\"shareWithSections\":").append(String.format(Locale.ROOT, "%.3f", (double) sectioned / count));
            return sb.append('}').toString();
        }
    }
}
