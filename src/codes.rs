//! The catalogue of diagnostic codes.
//!
//! Each kind of problem wl reports has a stable code, a one-line title and a small program that
//! triggers it. The test suite renders every one of these programs and snapshots the report, so
//! the catalogue doubles as the list of what wl can tell a user, and none can silently decline.

macro_rules! codes {
    ($( $variant:ident = $id:literal, $title:literal, $example:literal; )*) => {
        /// A diagnostic code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The code as printed, e.g. `E0301`.
            pub fn id(self) -> &'static str {
                match self { $( Code::$variant => $id, )* }
            }

            /// What kind of problem this is, in a few words.
            pub fn title(self) -> &'static str {
                match self { $( Code::$variant => $title, )* }
            }

            /// A small program that triggers this diagnostic.
            pub fn example(self) -> &'static str {
                match self { $( Code::$variant => $example, )* }
            }
        }
    };
}

codes! {
    // Lexing and parsing
    UnknownCharacter = "E0101", "unknown character", "let x = 5 $ 3\n";
    UnterminatedString = "E0102", "unterminated string", "let name = \"Puskesmas\n";
    BadEscape = "E0103", "unknown escape in a string", "print \"tab\\q\"\n";
    BadNumber = "E0104", "number out of range", "let big = 123456789012345678901234567890123\n";
    UnexpectedToken = "E0110", "unexpected token", "let x = (1 + ) * 2\n";
    UnexpectedEnd = "E0111", "unexpected end of input", "let total = (1 + 2\n";
    TooDeep = "E0112", "nesting too deep", "";
    // Names and declarations
    UnknownName = "E0201", "unknown name", "let hours_per_day = 8 h\nprint hours_per_dya\n";
    UnknownKind = "E0202", "unknown declaration kind", "calender rsud { hours_per_day = 8 h }\n";
    UnknownField = "E0203", "unknown field", "calendar rsud { hours_per_dya = 8 h }\n";
    MissingField = "E0204", "missing required field", "calendar rsud { days_per_week = 5 days }\n";
    DuplicateField = "E0205", "field given twice", "calendar rsud { hours_per_day = 8 h\n  hours_per_day = 7 h }\n";
    FieldValue = "E0206", "field value out of range or of the wrong kind", "calendar rsud { hours_per_day = 30 h }\n";
    NoSuchField = "E0207", "record has no such field", "let r = { a: 1, b: 2 }\nprint r.c\n";
    // Calls
    WrongArity = "E0210", "wrong number of arguments", "fn add(a, b) { a + b }\nprint add(1)\n";
    UnknownArgument = "E0211", "unknown named argument", "print round(2.345, digts: 2)\n";
    NotCallable = "E0212", "not a function", "let x = 5\nprint x(2)\n";
    // Units and dimensions
    DimensionMismatch = "E0301", "quantities of different dimensions", "print 20 min + 3 visits\n";
    NeedsCalendar = "E0302", "conversion needs a calendar", "print 4 days in h\n";
    BadConversion = "E0303", "impossible unit conversion", "print 90 min in visits\n";
    // Runtime
    DivisionByZero = "E0401", "division by zero", "let staff = 0\nprint 120 / staff\n";
    TypeMismatch = "E0402", "wrong type of value", "print \"8\" * 2\n";
    IndexOutOfRange = "E0403", "index out of range", "let xs = [1, 2, 3]\nprint xs[5]\n";
    Overflow = "E0404", "number too large", "print 10 ^ 40\n";
    InvalidValue = "E0405", "value outside the domain of a function", "print sqrt(-4)\n";
    CallDepth = "E0406", "calls nested too deeply", "fn f(n) { f(n + 1) }\nprint f(0)\n";
    Interrupted = "E0407", "evaluation interrupted", "";
    TimeLimit = "E0408", "time limit reached", "";
    AssertionFailed = "E0409", "assertion failed", "let effective = 230 min\nassert effective == 231 min, \"70% of 5.5 h\"\n";
    UseFailed = "E0410", "cannot load file", "use \"no_such_file.wl\"\n";
    TableShape = "E0411", "columns of different lengths", "let t = table { a: [1, 2], b: [1, 2, 3] }\n";
    // Output: export and charts
    UnknownExportFormat = "E0701", "unknown export format", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport(t, \"wisn.docx\")\n";
    WriteFailed = "E0702", "cannot write file", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport(t, \"no_such_folder/wisn.csv\")\n";
    NoSuchColumn = "E0703", "table has no such column", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nchart_wisn(t, \"wisn.svg\", value: \"ratoi\")\n";
    // Warnings
    UnitLooksLikeTypo = "W0101", "counted unit looks like a misspelt time unit", "print 30 mins + 5 hous\n";
}
