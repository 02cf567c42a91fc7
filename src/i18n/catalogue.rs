//! The message catalogue: for each diagnostic code, its Indonesian title and the templates of
//! the texts it shows (message, labels, hint, notes), English `{}` → Indonesian `{0}`; then the
//! texts any code may show. One entry per code, in the order of `codes.rs`, so a new code's
//! translation is one block added at the end of its group. Unit names (`h`, `days`, `visits`)
//! and declaration keywords are wl syntax and stay as written.

/// One code's translations.
pub struct Entry {
    /// The code as printed, `E0301`.
    pub code: &'static str,
    /// Its title in Indonesian (shown where the title labels a span, and in the reference).
    pub title: &'static str,
    /// English template → Indonesian template.
    pub texts: &'static [(&'static str, &'static str)],
    /// Templates the entry shares with others (the parser's words, [`PARSER`]), tried after
    /// its own.
    pub shared: &'static [(&'static str, &'static str)],
}

impl Entry {
    /// The code's English title, matched like a template (some diagnostics label a span with it).
    pub fn english_title(&self) -> &'static str {
        crate::codes::Code::ALL
            .iter()
            .find(|c| c.id() == self.code)
            .map_or("", |c| c.title())
    }
}

const fn e(
    code: &'static str,
    title: &'static str,
    texts: &'static [(&'static str, &'static str)],
) -> Entry {
    e_with(code, title, texts, &[])
}

/// An entry that also takes the templates it shares with other codes.
const fn e_with(
    code: &'static str,
    title: &'static str,
    texts: &'static [(&'static str, &'static str)],
    shared: &'static [(&'static str, &'static str)],
) -> Entry {
    Entry {
        code,
        title,
        texts,
        shared,
    }
}

/// What the parser's two errors (E0110 unexpected token, E0111 input ends early) say of what
/// could come instead: "expected `)`, an operator or end of line", and the names of its rules.
static PARSER: &[(&str, &str)] = &[
    ("expected {} here", "di sini diharapkan {0}"),
    ("expected {}", "yang diharapkan: {0}"),
    ("{} or {}", "{0} atau {1}"),
    // The list before the last alternative: "`)`, `,`, an operator or end of line".
    ("{}, {}", "{0}, {1}"),
    ("expression", "ekspresi"),
    ("an expression", "ekspresi"),
    ("an operator", "operator"),
    ("end of line", "akhir baris"),
    // The parser's names for what may come (the `labelled` rules of src/parser/*).
    ("name", "nama"),
    ("block", "blok"),
    ("declaration", "deklarasi"),
    ("function", "fungsi"),
    ("list", "daftar"),
    ("parameters", "parameter"),
    ("record", "record"),
    ("reported figure", "angka yang dilaporkan"),
    ("statement", "pernyataan"),
    ("table", "tabel"),
    ("something else", "sesuatu yang lain"),
    ("while reading this {}", "saat membaca {0} ini"),
];

/// Texts any diagnostic may show: the blame rule's labels and chain of calls, did-you-mean,
/// values and the names of types (parts of other messages).
pub static COMMON: &[(&str, &str)] = &[
    ("in this call", "dalam panggilan ini"),
    ("`{}` given here", "`{0}` diberikan di sini"),
    ("this is {}", "ini: {0}"),
    ("read here", "dibaca di sini"),
    ("this value", "nilai ini"),
    ("did you mean `{}`?", "maksud Anda `{0}`?"),
    (
        "in {}, called from your line {}",
        "di {0}, dipanggil dari baris {1} Anda",
    ),
    ("{}, called from {}", "{0}, dipanggil dari {1}"),
    ("a function literal", "sebuah fungsi literal"),
    ("a number", "angka"),
    ("a text", "teks"),
    ("a list", "daftar"),
    ("a record", "record"),
    ("a table", "tabel"),
    ("a column", "kolom"),
    ("a range", "rentang"),
    ("a function", "fungsi"),
    ("a yes/no value", "nilai ya/tidak"),
    // The other types as `a {type}` names them (`Value::type_name`).
    ("a quantity in {}", "besaran dalam {0}"),
    ("a percentage", "persentase"),
    ("a true/false", "nilai benar/salah"),
    ("a nothing", "nilai kosong"),
    // Tolerant reading (`read_csv(..., bad_rows: "skip")`): each row left out is a warning of
    // its own code (E0602 ragged, E0603 text among numbers) with these words around it.
    ("{}; the row is left out", "{0}; baris ini dikeluarkan"),
    (
        "read here, with `bad_rows: \"skip\"`",
        "dibaca di sini, dengan `bad_rows: \"skip\"`",
    ),
    (
        "`{}`: {} more rows are left out, from line {} on",
        "`{0}`: {1} baris lagi dikeluarkan, mulai baris {2}",
    ),
    (
        "the result's `rejected` lists every row left out, with its reason",
        "`rejected` pada hasil mencantumkan setiap baris yang dikeluarkan, beserta alasannya",
    ),
];

/// Bare type names, as a field's rule names them (`must be a number, not text`); only in the
/// entries of those rules, where a bare word cannot be a name in backticks.
const TYPES: [(&str, &str); 5] = [
    ("number", "angka"),
    ("text", "teks"),
    ("list", "daftar"),
    ("record", "record"),
    ("yes/no value", "nilai ya/tidak"),
];

pub static CATALOGUE: &[Entry] = &[
    // Lexing and parsing
    e("E0101", "karakter tidak dikenal", &[
        ("unknown character `{}`", "karakter `{0}` tidak dikenal"),
        ("wl does not know this character", "wl tidak mengenal karakter ini"),
    ]),
    e("E0102", "teks tidak ditutup", &[
        ("this string is never closed", "teks ini tidak pernah ditutup"),
        (
            "the string starts here and runs to the end of the line",
            "teks dimulai di sini dan berlanjut sampai akhir baris",
        ),
        ("add a closing `\"` on the same line", "tambahkan `\"` penutup pada baris yang sama"),
    ]),
    e("E0103", "escape tidak dikenal dalam teks", &[
        ("unknown escape `{}` in a string", "escape `{0}` dalam teks tidak dikenal"),
        ("not an escape wl knows", "bukan escape yang dikenal wl"),
        (
            "the escapes are \\n, \\t, \\\\ and \\\"; write `\\\\` for a backslash",
            "escape yang ada: \\n, \\t, \\\\ dan \\\"; tulis `\\\\` untuk garis miring terbalik",
        ),
    ]),
    e("E0104", "bilangan di luar jangkauan", &[
        ("the number `{}` cannot be held exactly", "bilangan `{0}` tidak dapat disimpan dengan tepat"),
        ("too many digits", "terlalu banyak digit"),
        (
            "exact numbers have at most 28 significant digits and stay below 7.9 × 10^28",
            "bilangan eksak memiliki paling banyak 28 digit bermakna dan tetap di bawah 7,9 × 10^28",
        ),
    ]),
    e_with("E0110", "token tidak terduga", &[
        ("unexpected `{}`", "`{0}` tidak diharapkan di sini"),
        // What the parser found, as the lexer names it (src/lexer.rs, `Display for Token`).
        ("unexpected number `{}`", "bilangan `{0}` tidak diharapkan di sini"),
        ("unexpected percentage `{}`", "persentase `{0}` tidak diharapkan di sini"),
        ("unexpected name `{}`", "nama `{0}` tidak diharapkan di sini"),
        ("unexpected string {!}", "teks {0} tidak diharapkan di sini"),
        ("unexpected end of line", "akhir baris tidak diharapkan di sini"),
        ("`{}` is a keyword and cannot be a name", "`{0}` adalah kata kunci dan tidak dapat menjadi nama"),
        (
            "a line break ends a statement; break long formulas after an operator or inside brackets",
            "baris baru mengakhiri pernyataan; pecah rumus panjang setelah operator atau di dalam kurung",
        ),
        (
            "a percentage is a share and takes no unit: write `30%`, or a count such as `30 visits`",
            "persentase adalah bagian dan tidak bersatuan: tulis `30%`, atau hitungan seperti `30 visits`",
        ),
        ("two commas in a row", "dua koma berturut-turut"),
        ("a second comma with nothing before it", "koma kedua tanpa apa pun sebelumnya"),
        (
            "remove one comma: every entry needs a value",
            "hapus satu koma: setiap isian memerlukan nilai",
        ),
        // The hint a decimal comma that broke the parse gives (W0105's, without "two numbers").
        ("a decimal is written with a point: `{!}`", "desimal ditulis dengan titik: `{0}`"),
    ], PARSER),
    e_with("E0111", "masukan berakhir terlalu cepat", &[
        ("the input ends before this is complete", "masukan berakhir sebelum ini lengkap"),
    ], PARSER),
    e("E0112", "susunan terlalu dalam", &[
        (
            "brackets or operators nested more than {} deep",
            "kurung atau operator bersarang lebih dari {0} tingkat",
        ),
        ("nesting passes the limit here", "susunan melewati batas di sini"),
    ]),
    // Names and declarations
    e("E0201", "nama tidak dikenal", &[
        ("unknown name `{}`", "nama `{0}` tidak dikenal"),
        (
            "nothing with this name is defined here",
            "tidak ada yang didefinisikan dengan nama ini di sini",
        ),
    ]),
    e("E0202", "jenis deklarasi tidak dikenal", &[
        ("unknown declaration kind `{}`", "jenis deklarasi `{0}` tidak dikenal"),
        ("not a kind of declaration", "bukan jenis deklarasi"),
        ("the kinds are: {}", "jenis-jenisnya: {0}"),
        ("a {} cannot hold a `{}`", "sebuah {0} tidak dapat memuat `{1}`"),
        ("not allowed here", "tidak diizinkan di sini"),
        ("a {} holds only fields", "sebuah {0} hanya memuat field"),
        ("a {} holds: {}", "sebuah {0} memuat: {1}"),
    ]),
    e("E0203", "field tidak dikenal", &[
        ("a {} has no field `{}`", "sebuah {0} tidak memiliki field `{1}`"),
        ("unknown field", "field tidak dikenal"),
        ("the fields of a {} are: {}", "field sebuah {0}: {1}"),
    ]),
    e("E0204", "field wajib belum diisi", &[
        ("{} is missing {}", "{0} belum memiliki {1}"),
        ("declared here", "dideklarasikan di sini"),
        ("add `{} = ...`: {}", "tambahkan `{0} = ...`: {1}"),
        // The docs of the required fields, which the hint quotes.
        ("formal working hours in a day", "jam kerja resmi dalam sehari"),
        (
            "time per unit (`20 min per visit`) or rate (`3 samples per h`)",
            "waktu per satuan (`20 min per visit`) atau laju (`3 samples per h`)",
        ),
        (
            "annual volume (`12000 visits`), or a volume per day, week or month (`1000 visits per month`)",
            "volume tahunan (`12000 visits`), atau volume per hari, minggu atau bulan (`1000 visits per month`)",
        ),
        (
            "time per period (`2 h per week`) or a share of working time (`10%`)",
            "waktu per periode (`2 h per week`) atau bagian dari waktu kerja (`10%`)",
        ),
        (
            "time per period per person (`20 days per year`), or a share of one worker (`33%`)",
            "waktu per periode per orang (`20 days per year`), atau bagian dari satu pekerja (`33%`)",
        ),
        (
            "the item columns: `[\"p1\", \"p2\"]`, or their number (then every column of the responses is an item)",
            "kolom-kolom item: `[\"p1\", \"p2\"]`, atau jumlahnya (maka setiap kolom jawaban adalah item)",
        ),
    ]),
    e("E0205", "field diberikan dua kali", &[
        ("`{}` is given twice", "`{0}` diberikan dua kali"),
        ("given again here", "diberikan lagi di sini"),
        ("first given here", "pertama diberikan di sini"),
    ]),
    e("E0206", "nilai field di luar jangkauan atau salah jenis", &[
        ("`{}` must be {}, not {}", "`{0}` harus {1}, bukan {2}"),
        ("more than {} and at most {}", "lebih dari {0} dan paling banyak {1}"),
        ("a working day has at most 24 hours", "satu hari kerja paling lama 24 jam"),
        TYPES[0],
        TYPES[1],
        TYPES[2],
        TYPES[3],
        TYPES[4],
    ]),
    e("E0207", "record tidak memiliki field ini", &[
        ("this record has no field `{}`", "record ini tidak memiliki field `{0}`"),
        ("no such field", "field ini tidak ada"),
        ("fields: {}", "field: {0}"),
    ]),
    e("E0208", "field deklarasi dengan dimensi yang salah", &[
        ("`{}` must be {}, not {}", "`{0}` harus {1}, bukan {2}"),
        ("a time per unit or units per time", "waktu per satuan atau satuan per waktu"),
        (
            "a standard is a time per unit, such as `15 min per visit`, or units per time, such as `4 visits per h`",
            "standar adalah waktu per satuan, misalnya `15 min per visit`, atau satuan per waktu, misalnya `4 visits per h`",
        ),
        (
            "a volume is a count, such as `12000 visits`, or a count per period, such as `1000 visits per month`",
            "volume adalah jumlah, misalnya `12000 visits`, atau jumlah per periode, misalnya `1000 visits per month`",
        ),
        // A support or additional activity's value.
        ("`{}` is {}: time per what?", "`{0}` bernilai {1}: waktu per apa?"),
        (
            "`{}` is a plain number ({}): a share or a time per what?",
            "`{0}` berupa angka tanpa satuan ({1}): bagian waktu kerja, atau waktu per apa?",
        ),
        ("a time per period or a share", "waktu per periode atau bagian waktu kerja"),
        (
            "a support activity is a share of working time, such as `5%`, or a time per period, such as `2 h per week` or `6 h per month`",
            "kegiatan penunjang adalah bagian waktu kerja, misalnya `5%`, atau waktu per periode, misalnya `2 h per week` atau `6 h per month`",
        ),
        (
            "an additional activity is a time per period, such as `20 days per year` or `4 h per month`, or a share of one worker, such as `33%` or `0.33 FTE`",
            "kegiatan tambahan adalah waktu per periode, misalnya `20 days per year` atau `4 h per month`, atau bagian dari satu pekerja, misalnya `33%` atau `0.33 FTE`",
        ),
    ]),
    e("E0209", "standar dan volume menghitung hal yang berbeda", &[
        (
            "the standard counts `{}` but the volume counts `{}`",
            "standar menghitung `{0}` tetapi volume menghitung `{1}`",
        ),
        ("a volume of {}", "volume {0}"),
        ("a standard of {}", "standar {0}"),
        (
            "count one thing in both: `per {}` in the standard, or `{}` in the volume",
            "hitung hal yang sama di keduanya: `per {0}` pada standar, atau `{1}` pada volume",
        ),
        ("{}; {}", "{0}; {1}"),
        (
            "a standard is a time per unit, such as `15 min per visit`, or units per time, such as `4 visits per h`",
            "standar adalah waktu per satuan, misalnya `15 min per visit`, atau satuan per waktu, misalnya `4 visits per h`",
        ),
        (
            "a volume is a count, such as `12000 visits`, or a count per period, such as `1000 visits per month`",
            "volume adalah jumlah, misalnya `12000 visits`, atau jumlah per periode, misalnya `1000 visits per month`",
        ),
    ]),
    // Calls
    e("E0210", "jumlah argumen salah", &[
        ("`{}` takes {} arguments", "`{0}` menerima {1} argumen"),
        ("`{}` takes {} argument", "`{0}` menerima {1} argumen"),
        ("`{}` is missing", "`{0}` belum diberikan"),
        ("defined here", "didefinisikan di sini"),
        // The function's signature, shown as a note, is wl code.
        ("{}({})", "{0}({1})"),
    ]),
    e("E0211", "argumen bernama tidak dikenal", &[
        ("`{}` has no parameter `{}`", "`{0}` tidak memiliki parameter `{1}`"),
        ("unknown parameter", "parameter tidak dikenal"),
        ("{}({})", "{0}({1})"),
    ]),
    e("E0212", "bukan fungsi", &[("{} cannot be called", "{0} tidak dapat dipanggil")]),
    // Declarations: rules across fields
    e("E0220", "cadre tanpa kegiatan yang dihitung", &[
        (
            "cadre `{}` has no counted activity, so it has no workload",
            "cadre `{0}` tidak memiliki kegiatan yang dihitung, sehingga tidak memiliki beban kerja",
        ),
        ("no activity declared", "tidak ada kegiatan yang dideklarasikan"),
        (
            "add a health-service activity: `{}`",
            "tambahkan kegiatan pelayanan kesehatan: `{0}`",
        ),
    ]),
    // Units and dimensions
    e("E0301", "besaran dengan dimensi berbeda", &[
        ("cannot combine {} with {}", "{0} tidak dapat digabung dengan {1}"),
        (
            "only quantities of the same kind combine; convert with `in` or check the units",
            "hanya besaran sejenis yang dapat digabung; konversikan dengan `in` atau periksa satuannya",
        ),
    ]),
    e("E0302", "konversi memerlukan kalender", &[
        (
            "converting {} needs a working calendar, and none is in scope",
            "konversi {0} memerlukan kalender kerja, dan tidak ada yang berlaku di sini",
        ),
        ("converting to {}", "dikonversi ke {0}"),
        (
            "how many hours a working day has depends on the calendar: add `using CALENDAR` first",
            "berapa jam satu hari kerja bergantung pada kalender: tambahkan `using CALENDAR` terlebih dahulu",
        ),
        (
            "wl never assumes a 24-hour day: a working day is as long as the calendar says",
            "wl tidak pernah menganggap sehari 24 jam: panjang hari kerja sesuai dengan kalender",
        ),
    ]),
    e("E0303", "konversi satuan tidak mungkin", &[
        ("cannot convert {} to {}", "{0} tidak dapat dikonversi ke {1}"),
        ("{} is a different kind of quantity", "{0} adalah besaran yang berbeda jenis"),
        (
            "only quantities of the same kind combine; convert with `in` or check the units",
            "hanya besaran sejenis yang dapat digabung; konversikan dengan `in` atau periksa satuannya",
        ),
    ]),
    e("E0304", "waktu per hari kerja melebihi panjang hari kerja", &[
        (
            "{} is more than a working day of calendar `{}` has ({})",
            "{0} melebihi panjang hari kerja kalender `{1}` ({2})",
        ),
        ("a working day here is {}", "satu hari kerja di sini {0}"),
        ("these are working days of {}", "ini hari kerja sepanjang {0}"),
        (
            "days in a calendar are working days; multiply by its working hours (`232 days in h`), or count round-the-clock hours directly (`8760 h`)",
            "hari dalam kalender adalah hari kerja; kalikan dengan jam kerjanya (`232 days in h`), atau hitung jam sepanjang waktu secara langsung (`8760 h`)",
        ),
    ]),
    // Runtime
    e("E0401", "pembagian dengan nol", &[
        ("division by zero", "pembagian dengan nol"),
        ("this is zero", "ini nol"),
        ("dividing this", "yang dibagi"),
    ]),
    e("E0402", "jenis nilai salah", &[
        ("`{}` does not apply to {} and {}", "`{0}` tidak berlaku untuk {1} dan {2}"),
        (
            "text is not a number; write the number without quotes, or convert with `number(...)`",
            "teks bukan angka; tulis angkanya tanpa tanda kutip, atau konversikan dengan `number(...)`",
        ),
        // export: a workbook's sheets.
        (
            "the field `{}` is not a table, so it cannot be a sheet",
            "field `{0}` bukan tabel, sehingga tidak dapat menjadi sheet",
        ),
        ("these sheets", "sheet-sheet ini"),
        (
            "each field of the record is one sheet: give each a table",
            "setiap field record menjadi satu sheet: berikan tabel untuk masing-masing",
        ),
        // stdlib/batch.wl and stdlib/wisn.wl; the type is wl's name for it, as `type(x)` gives it.
        (
            "`wisn_batch` needs the volumes as a table, or as `read_csv(path, bad_rows: \"skip\")` returns them; this is a {}",
            "`wisn_batch` memerlukan volume berupa tabel, atau seperti yang dikembalikan `read_csv(path, bad_rows: \"skip\")`; nilai ini bertipe {0}",
        ),
        (
            "read them with `read_csv`, or build them with `table { ... }`",
            "bacalah dengan `read_csv`, atau susun dengan `table { ... }`",
        ),
        ("expected a cadre, got a {}", "yang diharapkan sebuah cadre, yang diberikan bertipe {0}"),
        (
            "give the cadre (`cadre NAME in CALENDAR { ... }`): the method takes the calendar from it",
            "berikan cadre-nya (`cadre NAME in CALENDAR { ... }`): metode mengambil kalender dari cadre itu",
        ),
        // A `for` loop or a native walking through a value that has no items.
        ("cannot walk through {}", "tidak dapat menelusuri {0}"),
        (
            "expected a list, table, record or range",
            "yang diharapkan daftar, tabel, record atau rentang",
        ),
        // A native's argument of the wrong kind (`Args::wrong` in src/native.rs): what it
        // wants, then the type it got, as `type(x)` names it (a record's kind stays as written).
        ("expected {}, got a {}", "yang diharapkan {0}, yang diberikan bertipe {1}"),
        ("nothing", "kosong"),
        ("true/false", "benar/salah"),
        ("number", "angka"),
        ("percentage", "persentase"),
        ("quantity in {}", "besaran dalam {0}"),
        ("text", "teks"),
        ("list", "daftar"),
        ("record", "record"),
        ("table", "tabel"),
        ("column", "kolom"),
        ("range", "rentang"),
        ("function", "fungsi"),
        ("error", "galat"),
        ("true or false", "benar atau salah"),
        ("a whole number", "bilangan bulat"),
        ("a 2×2 table of counts, e.g. [[12, 3], [5, 10]]", "tabel jumlah 2×2, misalnya [[12, 3], [5, 10]]"),
        ("a band table made by `band_table`", "tabel rentang yang dibuat dengan `band_table`"),
        ("a band table", "tabel rentang"),
        ("a chi-square value of 0 or more", "nilai chi-square 0 atau lebih"),
        ("a column name or a list of them", "nama kolom atau daftar nama kolom"),
        ("a column of numbers", "kolom angka"),
        ("a column or a list of values", "kolom atau daftar nilai"),
        ("a column or a list", "kolom atau daftar"),
        ("a list of column names", "daftar nama kolom"),
        (
            "a list of option names, or a record of names to codes",
            "daftar nama pilihan, atau record nama ke kode",
        ),
        ("a list of records", "daftar record"),
        ("a list, record, table, text or range", "daftar, record, tabel, teks atau rentang"),
        ("a number of cases of 0 or more", "jumlah kasus 0 atau lebih"),
        ("a number or a list of numbers", "angka atau daftar angka"),
        ("a percentile from 0 to 100", "persentil dari 0 sampai 100"),
        ("a range of fewer steps", "rentang dengan langkah lebih sedikit"),
        ("a range of whole numbers", "rentang bilangan bulat"),
        ("a record of option names to numeric codes", "record nama pilihan ke kode angka"),
        ("a record of output column to operation", "record kolom hasil ke operasi"),
        ("a record or table", "record atau tabel"),
        ("a scale", "sebuah skala"),
        (
            "a table (or a list of records with the same fields)",
            "tabel (atau daftar record dengan field yang sama)",
        ),
        ("a table of responses", "tabel jawaban"),
        (
            "a whole number of degrees of freedom of 1 or more",
            "derajat bebas berupa bilangan bulat 1 atau lebih",
        ),
        ("a whole number of digits from {} to 28", "jumlah digit berupa bilangan bulat dari {0} sampai 28"),
        ("column names in quotes", "nama kolom dalam tanda kutip"),
        (
            "a list of rows of counts, a table of counts, or two columns (`crosstab(t.a, t.b)`)",
            "daftar baris jumlah, tabel jumlah, atau dua kolom (`crosstab(t.a, t.b)`)",
        ),
        (
            "a table of item scores, or a scale followed by a table of responses",
            "tabel skor item, atau skala diikuti tabel jawaban",
        ),
        // Last: the choices in quotes (`"skip" or "stop"`), after every phrase with an "or".
        ("one character such as {!} or {!}", "satu karakter seperti {0} atau {1}"),
        ("{!} or {!}", "{0} atau {1}"),
    ]),
    e("E0403", "indeks di luar jangkauan", &[
        ("index {} is outside {}", "indeks {0} berada di luar {1}"),
        ("there are {} items, numbered from 0", "ada {0} item, dinomori dari 0"),
        ("{} items", "{0} item"),
    ]),
    e("E0404", "bilangan terlalu besar", &[
        ("the result is too large for a number", "hasilnya terlalu besar untuk sebuah angka"),
        ("this overflows", "ini melampaui batas"),
        (
            "exact numbers go up to about 7.9 × 10^28",
            "bilangan eksak paling besar sekitar 7,9 × 10^28",
        ),
    ]),
    e("E0405", "nilai di luar domain fungsi", &[
        ("the result is not a real number", "hasilnya bukan bilangan real"),
        ("no real result for {}", "tidak ada hasil real untuk {0}"),
    ]),
    e("E0406", "panggilan bersarang terlalu dalam", &[
        ("calls nested more than {} deep", "panggilan bersarang lebih dari {0} tingkat"),
        ("this call goes one level too deep", "panggilan ini satu tingkat terlalu dalam"),
        (
            "a function that calls itself needs a case that stops the recursion",
            "fungsi yang memanggil dirinya sendiri memerlukan kasus yang menghentikan rekursi",
        ),
    ]),
    e("E0407", "evaluasi dihentikan", &[
        ("evaluation interrupted", "evaluasi dihentikan"),
        ("stopped while evaluating this", "dihentikan saat mengevaluasi ini"),
    ]),
    e("E0408", "batas waktu tercapai", &[(
        "the script ran longer than the time limit of {} s",
        "skrip berjalan lebih lama dari batas waktu {0} s",
    )]),
    e("E0409", "asersi gagal", &[
        // The assertion's own words, after the colon, are the user's: left as written.
        ("assertion failed: {!}", "asersi gagal: {0}"),
        ("assertion failed", "asersi gagal"),
    ]),
    e("E0410", "berkas tidak dapat dimuat", &[
        ("cannot read `{}`: {}", "`{0}` tidak dapat dibaca: {1}"),
        (
            "No such file or directory (os error 2)",
            "berkas atau direktori tidak ada (os error 2)",
        ),
        ("this file could not be loaded", "berkas ini tidak dapat dimuat"),
        (
            "paths in `use` are relative to the file that contains the `use`",
            "path dalam `use` relatif terhadap berkas yang memuat `use` tersebut",
        ),
    ]),
    e("E0411", "kolom dengan panjang berbeda", &[
        (
            "column `{}` has {} values but the first column has {}",
            "kolom `{0}` memiliki {1} nilai tetapi kolom pertama memiliki {2}",
        ),
        ("{} values", "{0} nilai"),
    ]),
    // Workload methods
    e("E0501", "total kelonggaran kategori 100% atau lebih", &[
        (
            "the support activities of `{}` take {} of working time: no time is left for services",
            "kegiatan penunjang `{0}` memakan {1} waktu kerja: tidak ada waktu tersisa untuk pelayanan",
        ),
        (
            "CAF = 1 / (1 - total CAS) is undefined at 100%; check the support activities' times and periods",
            "CAF = 1 / (1 - total CAS) tidak terdefinisi pada 100%; periksa waktu dan periode kegiatan penunjang",
        ),
    ]),
    e("E0502", "nilai tidak masuk rentang mana pun dalam tabel rentang", &[
        ("{} falls in no band of \"{}\"", "{0} tidak masuk rentang mana pun dalam \"{1}\""),
        (
            "add a band that covers this value, or check the value",
            "tambahkan rentang yang mencakup nilai ini, atau periksa nilainya",
        ),
        ("{}: from {} to {}", "{0}: dari {1} sampai {2}"),
    ]),
    e("E0503", "tabel rentang tidak sah", &[
        (
            "band table \"{}\": \"{}\" and \"{}\" both include {}: say which band it belongs to (`to` and `above`, or `below` and `from`)",
            "tabel rentang \"{0}\": \"{1}\" dan \"{2}\" sama-sama mencakup {3}: tentukan rentang mana yang memuatnya (`to` dan `above`, atau `below` dan `from`)",
        ),
        ("in this band table", "dalam tabel rentang ini"),
        (
            "bands go from low to high and meet exactly: `{label: \"a\", below: 1}, {label: \"b\", from: 1, to: 1.28}`",
            "rentang tersusun dari rendah ke tinggi dan bersambung tepat: `{label: \"a\", below: 1}, {label: \"b\", from: 1, to: 1.28}`",
        ),
    ]),
    e("E0504", "masukan beban kerja tidak ada atau tidak dapat dipakai", &[
        (
            "cadre `{}` has no calendar, so its working time is unknown",
            "cadre `{0}` tidak memiliki kalender, sehingga waktu kerjanya tidak diketahui",
        ),
        (
            "declare it in a calendar: `cadre {} in CALENDAR { ... }`",
            "deklarasikan dalam sebuah kalender: `cadre {0} in CALENDAR { ... }`",
        ),
        // stdlib/abk.wl, calendar.wl and wisn.wl.
        (
            "`wkt: {}` has no unit: minutes or hours?",
            "`wkt: {0}` tidak memiliki satuan: menit atau jam?",
        ),
        (
            "write the working time of a year with its unit: `wkt: 72000 min per year` or `wkt: 1200 h per year`",
            "tulis waktu kerja setahun beserta satuannya: `wkt: 72000 min per year` atau `wkt: 1200 h per year`",
        ),
        (
            "calendar `{}` has no `allowance`, so it has no effective time",
            "kalender `{0}` tidak memiliki `allowance`, sehingga tidak memiliki waktu efektif",
        ),
        (
            "add e.g. `allowance = 30%` (Permenkes 53/2012) to the calendar",
            "tambahkan misalnya `allowance = 30%` (Permenkes 53/2012) pada kalender",
        ),
        ("a time of {} has no period", "waktu {0} tidak memiliki periode"),
        (
            "write e.g. `2 h per month` or `4 days per year`",
            "tulis misalnya `2 h per month` atau `4 days per year`",
        ),
        (
            "support activity \"{!}\" is {}: time per what?",
            "kegiatan penunjang \"{0}\" bernilai {1}: waktu per apa?",
        ),
        (
            "write the period: `2 h per week`, `30 min per day`, `6 h per month`, `40 h per year`, or a share such as `5%`",
            "tulis periodenya: `2 h per week`, `30 min per day`, `6 h per month`, `40 h per year`, atau bagian waktu kerja seperti `5%`",
        ),
        // stdlib/batch.wl: the whole batch left out, and its hints.
        (
            "every row of the batch was left out (bad rows: {}, facilities left out: {}), so nothing is left to compute",
            "semua baris batch dikeluarkan (baris bermasalah: {0}, fasilitas yang dikeluarkan: {1}), sehingga tidak ada yang tersisa untuk dihitung",
        ),
        (
            "the warnings above give each bad row and why",
            "peringatan di atas menyebutkan setiap baris bermasalah beserta alasannya",
        ),
        (
            "declare the activity in the cadre, or correct the name or the volume in the data",
            "deklarasikan kegiatan itu pada cadre, atau perbaiki nama atau volumenya dalam data",
        ),
        (
            "declare the activity in the cadre, or correct the data; `bad_rows: \"skip\"` leaves the facility out instead",
            "deklarasikan kegiatan itu pada cadre, atau perbaiki datanya; dengan `bad_rows: \"skip\"` fasilitas itu dikeluarkan dari perhitungan sebagai gantinya",
        ),
        // A bad row of a batch (the warning per reason, or the error under `bad_rows: "stop"`),
        // after the file it is from: `pkm.csv`: no standard ... at line 9 (PKM C), ...
        ("`{!}`: {}", "`{0}`: {1}"),
        (
            "no standard for activity \"{!}\" of category \"{!}\" at {}; left out with the rest of each facility's rows",
            "tidak ada standar untuk kegiatan \"{0}\" pada kategori \"{1}\" di {2}; dikeluarkan bersama semua baris lain dari fasilitasnya",
        ),
        (
            "no standard for activity \"{!}\" of category \"{!}\" at {}",
            "tidak ada standar untuk kegiatan \"{0}\" pada kategori \"{1}\" di {2}",
        ),
        (
            "no volume for activity \"{!}\" of category \"{!}\" at {}; left out with the rest of each facility's rows",
            "tidak ada volume untuk kegiatan \"{0}\" pada kategori \"{1}\" di {2}; dikeluarkan bersama semua baris lain dari fasilitasnya",
        ),
        (
            "no volume for activity \"{!}\" of category \"{!}\" at {}",
            "tidak ada volume untuk kegiatan \"{0}\" pada kategori \"{1}\" di {2}",
        ),
        // "missing staff" is the label the results show for such a row.
        (
            "missing staff: no current staff for category \"{!}\" at {}; left out with the rest of each facility's rows",
            "\"missing staff\": tidak ada data staf saat ini untuk kategori \"{0}\" di {1}; dikeluarkan bersama semua baris lain dari fasilitasnya",
        ),
        (
            "missing staff: no current staff for category \"{!}\" at {}",
            "\"missing staff\": tidak ada data staf saat ini untuk kategori \"{0}\" di {1}",
        ),
        // A row `read_csv(path, bad_rows: "skip")` left out, with its reader's reason.
        (
            "column {} (`{!}`): \"{!}\" is not a number",
            "kolom {0} (`{1}`): \"{2}\" bukan angka",
        ),
        ("{} at line {} ({!})", "{0} di baris {1} ({2})"),
        ("{} at row {} of the table ({!})", "{0} di baris ke-{1} tabel ({2})"),
        // The rows: "line 9 (PKM C), line 12 (PKM D), and 3 more", one place at a time. Each
        // template starts with its own words, so none takes a text of another template or of
        // `COMMON` (the chain of calls in a note).
        ("line {} ({!}), {}", "baris {0} ({1}), {2}"),
        ("row {} of the table ({!}), {}", "baris ke-{0} tabel ({1}), {2}"),
        ("line {} ({!})", "baris {0} ({1})"),
        ("row {} of the table ({!})", "baris ke-{0} tabel ({1})"),
        ("and {} more", "dan {0} lainnya"),
    ]),
    e("E0505", "angka per hari atau per minggu tanpa kalender untuk menghitung angka setahunnya", &[
        (
            "`wkt: {}` is a figure per {}, and there is no calendar to make a year of it",
            "`wkt: {0}` adalah angka per {1}, dan tidak ada kalender untuk menghitung angka setahunnya",
        ),
        (
            "give the working time of a year (`wkt: 1200 h per year`, or the norm itself: `wkt: norm_bkn_19_2011`), or declare the cadre in a calendar",
            "berikan waktu kerja setahun (`wkt: 1200 h per year`, atau normanya sendiri: `wkt: norm_bkn_19_2011`), atau deklarasikan cadre dalam sebuah kalender",
        ),
        (
            "a time of {} needs a calendar to count the working {}s in a year, and there is none",
            "waktu {0} memerlukan kalender untuk menghitung jumlah {1} kerja dalam setahun, dan tidak ada kalender",
        ),
        (
            "give it per year or per month, or declare the cadre in a calendar",
            "berikan per tahun atau per bulan, atau deklarasikan cadre dalam sebuah kalender",
        ),
        (
            "{} is counted per day or week, and there is no calendar to count the days of service in a year",
            "{0} dihitung per hari atau per minggu, dan tidak ada kalender untuk menghitung hari pelayanan dalam setahun",
        ),
        ("a volume", "volume"),
        ("the volume of \"{!}\"", "volume \"{0}\""),
        (
            "state the days: `service_days = 286 days` in the activity, give the volume per year or month, or declare the cadre in a calendar",
            "nyatakan jumlah harinya: `service_days = 286 days` pada kegiatan, berikan volume per tahun atau per bulan, atau deklarasikan cadre dalam sebuah kalender",
        ),
        // The period of the figure, as `period(x)` names it.
        ("day", "hari"),
        ("week", "minggu"),
    ]),
    e("E0506", "faktor tugas penunjang diberikan dan kegiatan penunjang juga dicantumkan", &[
        (
            "cadre `{}` gives `stp = {}` and lists support activities: the factor already holds them",
            "cadre `{0}` memberikan `stp = {1}` dan juga mencantumkan kegiatan penunjang: faktor itu sudah mencakup kegiatan tersebut",
        ),
        (
            "give the factor as printed (`stp`) or the support activities it was computed from, not both",
            "berikan faktornya seperti tercetak (`stp`) atau kegiatan penunjang yang menjadi dasar perhitungannya, bukan keduanya",
        ),
    ]),
    e("E0507", "jam kerja kontrak dan hari kerja yang mungkin sama-sama diberikan", &[
        (
            "calendar `{}` gives both `contract_hours` and `possible_days`: the possible working days are one or the other",
            "kalender `{0}` memberikan `contract_hours` sekaligus `possible_days`: hari kerja yang mungkin ditentukan oleh salah satunya saja",
        ),
        (
            "keep `contract_hours` (the possible days are then the contractual hours over `hours_per_day`) or `possible_days`, not both",
            "pertahankan `contract_hours` (hari kerja yang mungkin lalu dihitung dari jam kerja kontrak dibagi `hours_per_day`) atau `possible_days`, bukan keduanya",
        ),
    ]),
    e("E0508", "waktu kerja tanpa periode, terlalu pendek untuk setahun", &[
        (
            "`wkt: {}` has no period, and is too short for a year's working time (less than 500 h)",
            "`wkt: {0}` tidak memiliki periode, dan terlalu pendek untuk waktu kerja setahun (kurang dari 500 h)",
        ),
        (
            "write its period (`300 min per day`) and wl converts it through the calendar, or give the year's figure (`72000 min per year`)",
            "tuliskan periodenya (`300 min per day`) agar wl mengonversinya melalui kalender, atau berikan angka setahun (`72000 min per year`)",
        ),
    ]),
    // Data files
    e("E0601", "berkas data tidak dapat dibaca", &[
        ("cannot read `{}`: {}", "`{0}` tidak dapat dibaca: {1}"),
        ("no such file", "berkas tidak ditemukan"),
        (
            "paths are relative to the script that reads them",
            "path relatif terhadap skrip yang membacanya",
        ),
    ]),
    e("E0602", "baris dengan jumlah sel yang salah", &[
        (
            "`{}`, line {}: the header has {} columns but this line has {} cells, {} more than the header names (the first extra is column {})",
            "`{0}`, baris {1}: header memiliki {2} kolom tetapi baris ini memiliki {3} sel, {4} lebih banyak dari nama di header (kelebihan pertama adalah kolom {5})",
        ),
        (
            "`{}`, line {}: the header has {} columns but this line has {} cells; column {} (`{}`) is missing",
            "`{0}`, baris {1}: header memiliki {2} kolom tetapi baris ini memiliki {3} sel; kolom {4} (`{5}`) tidak ada",
        ),
        (
            "a value containing `{}` must be in double quotes; an empty answer still needs its `{}`",
            "nilai yang mengandung `{0}` harus diapit tanda kutip ganda; jawaban kosong tetap memerlukan `{1}`-nya",
        ),
    ]),
    e("E0603", "teks dalam kolom angka", &[
        (
            "`{}`, line {}, column {} (`{}`): {} is not a number, but the column holds numbers (line {} has {})",
            "`{0}`, baris {1}, kolom {2} (`{3}`): {4} bukan angka, padahal kolom ini berisi angka (baris {5} berisi {6})",
        ),
        // The same from a workbook, which counts rows and names columns by letter.
        (
            "`{}`, row {}, column {} (`{}`): {} is not a number, but the column holds numbers (row {} has {})",
            "`{0}`, baris {1}, kolom {2} (`{3}`): {4} bukan angka, padahal kolom ini berisi angka (baris {5} berisi {6})",
        ),
        // A row left out by `bad_rows: "skip"` (src/data/lenient.rs).
        (
            "`{}`, line {}, column {} (`{}`): {} is not a number, but the column holds numbers",
            "`{0}`, baris {1}, kolom {2} (`{3}`): {4} bukan angka, padahal kolom ini berisi angka",
        ),
        (
            "`{}`, row {}, column {} (`{}`): {} is not a number, but the column holds numbers",
            "`{0}`, baris {1}, kolom {2} (`{3}`): {4} bukan angka, padahal kolom ini berisi angka",
        ),
        (
            "if {} marks a missing answer, add it to `missing: [{}]`; to keep the column as text, `text: [\"{}\"]`",
            "jika {0} menandai jawaban kosong, tambahkan ke `missing: [{1}]`; agar kolom tetap teks, `text: [\"{2}\"]`",
        ),
    ]),
    e("E0604", "data tanpa baris header", &[(
        "`{}` has no header row: the first row must name the columns",
        "`{0}` tidak memiliki baris header: baris pertama harus menamai kolom-kolomnya",
    )]),
    e("E0605", "nama kolom diberikan dua kali", &[
        (
            "`{}`: column {} (`{}`) and column {} (`{}`) are both named `{}`",
            "`{0}`: kolom {1} (`{2}`) dan kolom {3} (`{4}`) sama-sama bernama `{5}`",
        ),
        ("rename one of them in the header row", "ganti nama salah satunya di baris header"),
    ]),
    e("E0606", "workbook tidak memiliki sheet ini", &[
        ("`{}` has no sheet named \"{}\"", "`{0}` tidak memiliki sheet bernama \"{1}\""),
        ("its sheets are: {}", "sheet-nya: {0}"),
    ]),
    // Statistics
    e("E0620", "tabulasi silang dengan baris atau kolom terlalu sedikit atau kosong", &[
        (
            "a crosstab needs at least 2 rows and 2 columns; this one has {} and {}",
            "tabulasi silang memerlukan paling sedikit 2 baris dan 2 kolom; tabel ini memiliki {0} dan {1}",
        ),
        ("{} rows", "{0} baris"),
        ("{} row", "{0} baris"),
        ("{} columns", "{0} kolom"),
        ("{} column", "{0} kolom"),
        ("this table", "tabel ini"),
    ]),
    e("E0621", "frekuensi negatif atau bukan angka", &[
        (
            "the count in row {}, column {} is {}; counts must be zero or positive numbers",
            "frekuensi pada baris {0}, kolom {1} adalah {2}; frekuensi harus nol atau bilangan positif",
        ),
        ("this table", "tabel ini"),
    ]),
    e("E0622", "kasus terlalu sedikit untuk statistik ini", &[
        (
            "reliability needs at least 2 respondents with complete answers; found {}",
            "uji reliabilitas memerlukan paling sedikit 2 responden dengan jawaban lengkap; ditemukan {0}",
        ),
        ("these items", "item-item ini"),
    ]),
    e("E0623", "item atau variabel dengan varians nol", &[
        (
            "item `{}` has zero variance: every complete respondent gave it the same score, so its item-total correlation is undefined",
            "item `{0}` memiliki varians nol: semua responden lengkap memberinya skor yang sama, sehingga korelasi item-totalnya tidak terdefinisi",
        ),
        ("these items", "item-item ini"),
        (
            "SPSS drops such an item from the scale; leave `{}` out with `select`",
            "SPSS mengeluarkan item seperti ini dari skala; keluarkan `{0}` dengan `select`",
        ),
    ]),
    e("E0624", "skala dengan kurang dari dua item", &[
        ("a scale needs at least 2 items; found {}", "skala memerlukan paling sedikit 2 item; ditemukan {0}"),
        ("the items of this scale", "item-item skala ini"),
        (
            "reliability and item-total correlations need at least two items",
            "reliabilitas dan korelasi item-total memerlukan paling sedikit dua item",
        ),
    ]),
    e("E0625", "jawaban yang bukan pilihan skala", &[
        (
            "respondent {} answered {} to item `{}`, which is not a response of scale `{}`",
            "responden {0} menjawab {1} pada item `{2}`, yang bukan pilihan jawaban skala `{3}`",
        ),
        ("these responses", "jawaban-jawaban ini"),
        ("the scale", "skala ini"),
        ("the responses are: {}", "pilihan jawabannya: {0}"),
    ]),
    e("E0626", "opsi statistik di luar jangkauan", &[
        (
            "alpha must be between 0 and 1 (e.g. 0.05 or 5%); got {}",
            "alpha harus antara 0 dan 1 (mis. 0,05 atau 5%); yang diberikan {0}",
        ),
        ("this alpha", "alpha ini"),
    ]),
    e("E0640", "uji tidak terdefinisi untuk data ini", &[
        ("{} cannot be computed: {}", "{0} tidak dapat dihitung: {1}"),
        // The tests, and why each can be undefined.
        ("the t-test", "uji t"),
        ("the paired t-test", "uji t berpasangan"),
        ("the Mann-Whitney test", "uji Mann-Whitney"),
        ("the Wilcoxon signed-rank test", "uji peringkat bertanda Wilcoxon"),
        ("McNemar's test", "uji McNemar"),
        ("the Lilliefors test", "uji Lilliefors"),
        ("the Shapiro-Wilk test", "uji Shapiro-Wilk"),
        (
            "every case of each group has the same value (zero variance), so t is undefined",
            "semua kasus dalam setiap kelompok bernilai sama (varians nol), sehingga t tidak terdefinisi",
        ),
        (
            "every pair differs by the same amount (zero variance of the differences), so t is undefined",
            "selisih setiap pasangan sama besar (varians selisih nol), sehingga t tidak terdefinisi",
        ),
        (
            "every case has the same value, so there is nothing to rank",
            "semua kasus bernilai sama, sehingga tidak ada yang dapat diberi peringkat",
        ),
        (
            "every pair has two equal values, so no difference can be ranked",
            "setiap pasangan memiliki dua nilai yang sama, sehingga tidak ada selisih yang dapat diberi peringkat",
        ),
        (
            "its table must hold whole numbers of pairs",
            "tabelnya harus berisi jumlah pasangan berupa bilangan bulat",
        ),
        (
            "every case has the same value (zero variance)",
            "semua kasus bernilai sama (varians nol)",
        ),
        (
            "Royston's approximation covers 3 to 5000 cases; use the Lilliefors test for more",
            "pendekatan Royston berlaku untuk 3 sampai 5000 kasus; gunakan uji Lilliefors untuk kasus yang lebih banyak",
        ),
        ("these lists", "daftar-daftar ini"),
        ("these groups", "kelompok-kelompok ini"),
        ("these values", "nilai-nilai ini"),
        ("this table", "tabel ini"),
    ]),
    e("E0641", "pengelompokan yang tidak menghasilkan dua kelompok", &[
        (
            "the groups must take exactly two values; these take {} ({})",
            "pengelompokan harus memiliki tepat dua nilai; label ini memiliki {0} nilai ({1})",
        ),
        ("these group labels", "label kelompok ini"),
        (
            "select the two groups to compare first, e.g. with `filter`",
            "pilih dahulu dua kelompok yang akan dibandingkan, mis. dengan `filter`",
        ),
        (
            "give the second group as a list or the groups with `by:`, not both",
            "berikan kelompok kedua sebagai daftar atau kelompok-kelompoknya dengan `by:`, bukan keduanya",
        ),
        ("`by:` here", "`by:` di sini"),
        (
            "an independent-samples test needs two groups",
            "uji sampel independen memerlukan dua kelompok",
        ),
        ("only one list given", "hanya satu daftar yang diberikan"),
        (
            "give a second list, or the group of each value with `by:`",
            "berikan daftar kedua, atau kelompok setiap nilai dengan `by:`",
        ),
        (
            "McNemar's test compares two categories (e.g. yes/no); these lists take {}",
            "uji McNemar membandingkan dua kategori (mis. ya/tidak); daftar-daftar ini memuat {0} kategori",
        ),
        ("these lists", "daftar-daftar ini"),
    ]),
    // Output: export and charts
    e("E0701", "format ekspor tidak dikenal", &[
        ("cannot tell the export format from `{}`", "format ekspor tidak dapat ditentukan dari `{0}`"),
        ("this path", "path ini"),
        (
            "end the path with .csv, .json, .md or .xlsx, or name the format: `format: \"csv\"`",
            "akhiri path dengan .csv, .json, .md atau .xlsx, atau sebutkan formatnya: `format: \"csv\"`",
        ),
    ]),
    e("E0702", "berkas tidak dapat ditulis", &[
        (
            "cannot write {}: the directory {} does not exist",
            "{0} tidak dapat ditulis: direktori {1} tidak ada",
        ),
        ("cannot write {}: {}", "{0} tidak dapat ditulis: {1}"),
        (
            "No such file or directory (os error 2)",
            "berkas atau direktori tidak ada (os error 2)",
        ),
        ("Permission denied (os error 13)", "izin ditolak (os error 13)"),
        ("this file", "berkas ini"),
        (
            "a relative path is relative to the script's folder; the folder must exist and be writable",
            "path relatif dihitung dari folder skrip; folder itu harus ada dan dapat ditulisi",
        ),
    ]),
    e("E0703", "tabel tidak memiliki kolom ini", &[
        ("the table has no column `{}`", "tabel tidak memiliki kolom `{0}`"),
        ("this column name", "nama kolom ini"),
    ]),
    e("E0704", "nama sheet yang ditolak Excel", &[
        ("`{!}` cannot name a sheet: {}", "`{0}` tidak dapat menjadi nama sheet: {1}"),
        // An empty name leaves nothing for a placeholder to hold.
        ("`` cannot name a sheet: {}", "`` tidak dapat menjadi nama sheet: {0}"),
        ("a sheet name cannot hold `{}`", "nama sheet tidak boleh memuat `{0}`"),
        ("a sheet name cannot be empty", "nama sheet tidak boleh kosong"),
        (
            "a sheet name has at most 31 characters, and this one has {}",
            "nama sheet paling banyak 31 karakter, sedangkan nama ini {0} karakter",
        ),
        (
            "a sheet name cannot begin or end with an apostrophe",
            "nama sheet tidak boleh diawali atau diakhiri dengan apostrof",
        ),
        (
            "two sheets would be named `{!}`: Excel ignores case in sheet names",
            "dua sheet akan bernama `{0}`: Excel tidak membedakan huruf besar dan kecil pada nama sheet",
        ),
        ("these sheets", "sheet-sheet ini"),
        (
            "name the field with letters, digits, spaces or `_`, at most 31 characters",
            "namai field dengan huruf, angka, spasi atau `_`, paling banyak 31 karakter",
        ),
    ]),
    e("E0705", "beberapa tabel diekspor ke format satu tabel", &[
        (
            "several tables can only be written to one .xlsx workbook",
            "beberapa tabel hanya dapat ditulis ke satu workbook .xlsx",
        ),
        ("a record of tables", "record berisi tabel-tabel"),
        (
            "end the path with .xlsx, or export each table to its own file",
            "akhiri path dengan .xlsx, atau ekspor setiap tabel ke berkasnya sendiri",
        ),
    ]),
    // Warnings
    e("W0101", "satuan hitung tampak seperti salah ketik satuan waktu", &[
        (
            "`{}` is taken as a counted unit, like `visits`",
            "`{0}` dianggap satuan hitung, seperti `visits`",
        ),
        (
            "`{}` is taken as a counted unit, like `visits` ({} times)",
            "`{0}` dianggap satuan hitung, seperti `visits` ({1} kali)",
        ),
        ("not a time unit", "bukan satuan waktu"),
        ("here too", "di sini juga"),
        (
            "did you mean `{}`? If `{}` is what is counted, this warning can be ignored",
            "maksud Anda `{0}`? Jika yang dihitung memang `{1}`, peringatan ini dapat diabaikan",
        ),
    ]),
    e("W0102", "nilai dihitung tetapi tidak dipakai", &[
        ("this value is computed and then dropped", "nilai ini dihitung lalu dibuang"),
        (
            "not printed, bound or returned",
            "tidak dicetak, tidak diberi nama, dan tidak dikembalikan",
        ),
        (
            "a line that starts with `-` is a statement of its own; to go on with the formula above, end that line with the operator",
            "baris yang diawali `-` adalah pernyataan tersendiri; untuk melanjutkan rumus di atasnya, akhiri baris itu dengan operatornya",
        ),
    ]),
    e("W0103", "definisi skrip memakai nama stdlib", &[
        ("`{}` is also a name of the stdlib", "`{0}` juga nama dalam stdlib"),
        (
            "this is the script's own, for the script only",
            "ini milik skrip sendiri, hanya berlaku di skrip ini",
        ),
        (
            "give it another name if the script also needs the stdlib's",
            "beri nama lain jika skrip juga memerlukan milik stdlib",
        ),
        (
            "the stdlib's formulas keep using their own `{}`: what `wisn`, `fte` and the other methods compute does not change",
            "rumus-rumus stdlib tetap memakai `{0}` miliknya sendiri: hasil `wisn`, `fte` dan metode lain tidak berubah",
        ),
    ]),
    e("W0104", "angka yang ditulis dengan titik ribuan", &[
        // The literal as written stays as written: `75.000`, not `75,000`.
        ("`{!}` is read as {}, not as {}000", "`{0}` dibaca sebagai {1}, bukan {2}000"),
        ("{} with three zero decimals", "{0} dengan tiga desimal nol"),
        (
            "wl writes no thousands separator: write `{}000` (or `{}_000`) for {} thousand, or `{}` for {}",
            "wl tidak memakai pemisah ribuan: tulis `{0}000` (atau `{1}_000`) untuk {2} ribu, atau `{3}` untuk {4}",
        ),
    ]),
    e("W0105", "desimal yang ditulis dengan koma", &[
        ("`{!}` is two numbers to wl, not a decimal", "bagi wl, `{0}` adalah dua angka, bukan desimal"),
        ("a comma between two digits", "koma di antara dua digit"),
        (
            "a decimal is written with a point: `{!}`; if these are two numbers, put a space after the comma",
            "desimal ditulis dengan titik: `{0}`; jika ini memang dua angka, beri spasi setelah koma",
        ),
    ]),
    e("W0106", "volume dengan tiga desimal, mungkin titik ribuan", &[
        (
            "a volume of `{!}` is read as {}, a fraction of one",
            "volume `{0}` dibaca sebagai {1}, pecahan dari satu",
        ),
        ("a count with three decimals", "jumlah dengan tiga desimal"),
        (
            "wl writes no thousands separator: write `{}` (or `{}`) if that many were done",
            "wl tidak memakai pemisah ribuan: tulis `{0}` (atau `{1}`) jika memang sebanyak itu yang dikerjakan",
        ),
    ]),
    e("W0501", "total kelonggaran kategori di atas 50%", &[
        (
            "the support activities of `{}` take {} of working time (more than half)",
            "kegiatan penunjang `{0}` memakan {1} waktu kerja (lebih dari separuh)",
        ),
        (
            "check the times and periods of the support activities",
            "periksa waktu dan periode kegiatan penunjang",
        ),
    ]),
    e("W0502", "lebih dari 40% hari kerja yang mungkin dikurangi", &[
        (
            "calendar `{}` deducts more than 40% of its {} possible working days ({} days are left)",
            "kalender `{0}` mengurangi lebih dari 40% dari {1} hari kerja yang mungkin (tersisa {2} hari)",
        ),
        ("this calendar", "kalender ini"),
        // A deducting field and its value, as written: `annual_leave: 30 days`.
        ("{}: {}", "{0}: {1}"),
        (
            "check that the deductions are days in one year, not hours",
            "pastikan pengurangannya berupa hari dalam satu tahun, bukan jam",
        ),
    ]),
    e("W0503", "staf pada kegiatan tambahan lebih banyak dari staf cadre", &[(
        "\"{}\" is done by {} staff but `{}` has {}",
        "\"{0}\" dikerjakan oleh {1} staf tetapi `{2}` hanya memiliki {3}",
    )]),
    e("W0504", "pelatihan mungkin terhitung dua kali, di kalender dan sebagai kegiatan penunjang", &[
        (
            "support activity \"{}\" names training, and calendar `{}` already deducts {} of training from the working time: if this is the staff's own training, it is counted twice",
            "kegiatan penunjang \"{0}\" menyebut pelatihan, dan kalender `{1}` sudah mengurangi {2} pelatihan dari waktu kerja: jika ini pelatihan staf itu sendiri, pelatihan terhitung dua kali",
        ),
        (
            "count it once: as the calendar's `training` days, or as this support activity with `training = 0 days` in the calendar",
            "hitung sekali saja: sebagai hari `training` pada kalender, atau sebagai kegiatan penunjang ini dengan `training = 0 days` pada kalender",
        ),
    ]),
    e("W0520", "hari kerja lebih dari 12 jam", &[
        (
            "a working day of {} h is longer than {} hours",
            "hari kerja {0} h lebih panjang dari {1} jam",
        ),
        ("the formal hours of one worker's day", "jam kerja resmi seorang pekerja dalam sehari"),
        (
            "`hours_per_day` is what one worker works in a day (often 7 or 8 h); a 24-hour service is staffed by shifts, counted in the volumes and standards, not by a longer day",
            "`hours_per_day` adalah jam kerja seorang pekerja dalam sehari (umumnya 7 atau 8 h); pelayanan 24 jam dipenuhi dengan pembagian sif, yang dihitung dalam volume dan standar, bukan dengan hari kerja yang lebih panjang",
        ),
    ]),
    e("W0521", "hari kerja yang mungkin tidak sesuai dengan minggu kerja", &[
        (
            "{} possible working days do not fit a {}-day week: {} weeks of {} days are {} days",
            "{0} hari kerja yang mungkin tidak sesuai dengan minggu kerja {1} hari: {2} minggu dengan {3} hari kerja adalah {4} hari",
        ),
        ("possible working days in the year", "hari kerja yang mungkin dalam setahun"),
        ("a week of {}", "minggu kerja {0}"),
        (
            "possible days count working days only (days_per_week × 52, or `working_days(YEAR)` for a real year); holidays and leave are deducted by their own fields",
            "hari kerja yang mungkin hanya menghitung hari kerja (days_per_week × 52, atau `working_days(YEAR)` untuk tahun kalender tertentu); hari libur dan cuti dikurangi melalui field-nya masing-masing",
        ),
        (
            "`days_per_week` is not given, so the week has wl's default of 5 days",
            "`days_per_week` tidak diberikan, sehingga minggu kerja memakai nilai bawaan wl, yaitu 5 hari",
        ),
    ]),
    e("W0522", "jam kerja sehari yang bertentangan dengan jam kerja resmi seminggu", &[
        (
            "{} a day for {} days is {} h a week, but the formal hours are {} h a week",
            "{0} sehari selama {1} hari adalah {2} h seminggu, tetapi jam kerja resmi {3} h seminggu",
        ),
        ("hours in a working day", "jam dalam satu hari kerja"),
        ("formal hours in a week", "jam kerja resmi dalam seminggu"),
        (
            "check the three figures are for the same week: hours_per_day × days_per_week should be close to formal_hours_per_week",
            "pastikan ketiga angka itu untuk minggu yang sama: hours_per_day × days_per_week seharusnya mendekati formal_hours_per_week",
        ),
    ]),
    e("W0523", "kegiatan dikeluarkan tanpa alasan", &[
        (
            "activity \"{!}\" is left out without a reason",
            "kegiatan \"{0}\" dikeluarkan dari perhitungan tanpa alasan",
        ),
        ("not counted", "tidak dihitung"),
        (
            "say why it is not counted: `reason = \"done by another cadre\"`; the task table prints the reason beside it",
            "sebutkan mengapa kegiatan ini tidak dihitung: `reason = \"dikerjakan oleh jenis tenaga lain\"`; tabel tugas mencetak alasan itu di sampingnya",
        ),
    ]),
    e("W0524", "angka dibulatkan ke orang utuh sebelum dijumlahkan", &[
        (
            "each term is rounded with `{}` before the terms are summed",
            "setiap suku dibulatkan dengan `{0}` sebelum suku-suku itu dijumlahkan",
        ),
        ("rounded to a whole number here", "dibulatkan ke bilangan bulat di sini"),
        ("then summed here", "lalu dijumlahkan di sini"),
        (
            "sum the unrounded figures and round the total once (`ceil(sum(...))`); if each unit really staffs whole persons, keep this and say in the report that the sum is of rounded figures",
            "jumlahkan angka yang belum dibulatkan lalu bulatkan totalnya satu kali (`ceil(sum(...))`); jika setiap unit memang diisi orang utuh, pertahankan ini dan nyatakan dalam laporan bahwa jumlahnya adalah jumlah angka yang sudah dibulatkan",
        ),
    ]),
    e("W0525", "waktu per satuan lebih lama dari seminggu kerja", &[
        (
            "a unit time of {} is longer than the working week of {} h",
            "waktu per satuan {0} lebih lama dari minggu kerja {1} h",
        ),
        ("time for one unit", "waktu untuk satu satuan"),
        (
            "one {} would take more than a week of one worker's time; if the norm was meant in minutes, write `{} min per {}`",
            "satu {0} akan memakan lebih dari seminggu waktu kerja seorang pekerja; jika norma itu dimaksudkan dalam menit, tulis `{1} min per {2}`",
        ),
        (
            "one {} would take more than a week of one worker's time; check the norm's unit",
            "satu {0} akan memakan lebih dari seminggu waktu kerja seorang pekerja; periksa satuan norma itu",
        ),
    ]),
    e("W0526", "waktu yang sudah dikurangi kalender, dicantumkan lagi sebagai kegiatan penunjang", &[
        (
            "support activity \"{!}\" names {}, and calendar `{}` already deducts {} of it (`{}`): it is counted twice",
            "kegiatan penunjang \"{0}\" menyebut {1}, dan kalender `{2}` sudah mengurangi {3} untuk itu (`{4}`): waktu ini terhitung dua kali",
        ),
        // What each calendar field deducts.
        ("sick leave", "cuti sakit"),
        ("maternity and other leave", "cuti melahirkan dan cuti lainnya"),
        ("annual leave", "cuti tahunan"),
        ("public holidays", "hari libur nasional"),
        ("breaks and personal needs", "waktu istirahat dan kebutuhan pribadi"),
        ("counted again here", "dihitung lagi di sini"),
        (
            "count it once: as the calendar's `{}`, or as this support activity with `{}` left out of the calendar",
            "hitung sekali saja: sebagai `{0}` pada kalender, atau sebagai kegiatan penunjang ini dengan `{1}` dihapus dari kalender",
        ),
    ]),
];
