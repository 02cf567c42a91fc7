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
    FieldDimension = "E0208", "declaration field of the wrong dimension", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Outpatient care\" { standard = 15 min; volume = 12000 visits }\n}\n";
    CountMismatch = "E0209", "standard and volume count different things", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Outpatient care\" { standard = 15 min per visit; volume = 12000 patients }\n}\n";
    // Calls
    WrongArity = "E0210", "wrong number of arguments", "fn add(a, b) { a + b }\nprint add(1)\n";
    UnknownArgument = "E0211", "unknown named argument", "print round(2.345, digts: 2)\n";
    NotCallable = "E0212", "not a function", "let x = 5\nprint x(2)\n";
    // Declarations: rules across fields
    NoCountedActivity = "E0220", "cadre with no counted activity", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  support \"Meetings\" = 2 h per week\n}\n";
    // Units and dimensions
    DimensionMismatch = "E0301", "quantities of different dimensions", "print 20 min + 3 visits\n";
    NeedsCalendar = "E0302", "conversion needs a calendar", "print 4 days in h\n";
    BadConversion = "E0303", "impossible unit conversion", "print 90 min in visits\n";
    LongerThanPeriod = "E0304", "more time per working day than the day has", "calendar igd { hours_per_day = 8 h }\nusing igd\nprint 232 days * 24 h per day\n";
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
    // Workload methods
    AllowanceTooLarge = "E0501", "total category allowance at or above 100%", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Meetings\" = 60%\n  support \"Reports\" = 45%\n}\nprint caf(nurse)\n";
    OutsideBands = "E0502", "value falls in no band of a band table", "let bands = band_table(\"FTE\", [{label: \"normal\", from: 1, to: 1.28}])\nprint classify(0.46, bands)\n";
    BadBands = "E0503", "malformed band table", "let bands = band_table(\"FTE\", [\n  {label: \"underload\", from: 0, to: 1},\n  {label: \"normal\", from: 1, to: 1.28},\n])\n";
    WorkloadInput = "E0504", "workload input missing or not usable", "cadre nurse {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n}\nprint caf(nurse)\n";
    NoYearWithoutCalendar = "E0505", "a figure per day or week with no calendar to make a year of it", "cadre bidan {\n  activity \"ANC\" { standard = 15 min per visit; volume = 9600 visits }\n}\nprint abk_kes(bidan, wkt: 300 min per day)\n";
    AllowanceGivenTwice = "E0506", "a support factor given and support activities listed", "calendar rs { hours_per_day = 8 h }\ncadre bidan in rs {\n  stp = 1.15\n  activity \"ANC\" { standard = 15 min per visit; volume = 9600 visits }\n  support \"Rapat\" = 2 h per month\n}\nprint caf(bidan)\n";
    WorkingYearGivenTwice = "E0507", "contractual hours and possible days both given", "calendar rs {\n  hours_per_day = 8 h\n  contract_hours = 1600 h per year\n  possible_days = 260 days\n}\n";
    ShortWorkingYear = "E0508", "a working time with no period, too short for a year", "cadre bidan {\n  activity \"ANC\" { standard = 15 min per visit; volume = 9600 visits }\n}\nprint abk_kes(bidan, wkt: 300 min)\n";
    // Data files
    DataFileUnreadable = "E0601", "cannot read a data file", "let t = read_csv(\"no_such_file.csv\")\n";
    RaggedRow = "E0602", "row with the wrong number of cells", "let t = parse_csv(\"id,score\\n1,30\\n2,31,7\\n\")\n";
    NonNumericCell = "E0603", "text in a numeric column", "let t = parse_csv(\"id,score\\n1,30\\n2,thirty\\n\")\n";
    NoHeader = "E0604", "data without a header row", "let t = parse_csv(\"\")\n";
    DuplicateColumn = "E0605", "column name given twice", "let t = parse_csv(\"score,score\\n1,2\\n\")\n";
    NoSuchSheet = "E0606", "workbook has no such sheet", "let t = read_xlsx(\"tests/data/survey.xlsx\", sheet: \"Sheet9\")\n";
    // Statistics
    CrosstabShape = "E0620", "crosstab with too few or empty rows or columns", "let ct = crosstab([[12, 9]])\n";
    InvalidCount = "E0621", "count that is negative or not a number", "let ct = crosstab([[12, -9], [9, 15]])\n";
    TooFewCases = "E0622", "too few cases for a statistic", "let t = table { p1: [3], p2: [2] }\nprint reliability(t)\n";
    ZeroVariance = "E0623", "item or variable with zero variance", "let t = table { p1: [1, 2, 3], p2: [2, 2, 2] }\nprint reliability(t)\n";
    ScaleItems = "E0624", "scale with fewer than two items", "scale fatigue {\n  items = [\"p1\"]\n  options = { \"Never\": 1, \"Always\": 3 }\n}\n";
    ScaleAnswer = "E0625", "answer that is not one of the scale's options", "scale s {\n  items = [\"p1\", \"p2\"]\n  options = { \"Never\": 1, \"Always\": 3 }\n}\nlet t = table { p1: [\"Never\", \"Always\"], p2: [\"Always\", \"Sometimes\"] }\nprint score(s, t)\n";
    StatisticsOption = "E0626", "statistics option out of range", "print critical_r(30, alpha: 1.5)\n";
    TestUndefined = "E0640", "test undefined for these data", "print wilcoxon([4, 5, 6], [4, 5, 6])\n";
    TwoGroups = "E0641", "grouping that does not make two groups", "print t_test([3, 4, 5, 6], by: [\"a\", \"b\", \"c\", \"a\"])\n";
    // Output: export and charts
    UnknownExportFormat = "E0701", "unknown export format", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport(t, \"wisn.docx\")\n";
    WriteFailed = "E0702", "cannot write file", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport(t, \"no_such_folder/wisn.csv\")\n";
    NoSuchColumn = "E0703", "table has no such column", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nchart_wisn(t, \"wisn.svg\", value: \"ratoi\")\n";
    SheetName = "E0704", "name Excel refuses for a sheet", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport({ \"2024/25\": t }, \"wisn.xlsx\")\n";
    SheetsNeedXlsx = "E0705", "several tables exported to a single-table format", "let t = table { cadre: [\"Perawat\"], ratio: [0.464] }\nexport({ summary: t, tasks: t }, \"wisn.csv\")\n";
    // Warnings
    UnitLooksLikeTypo = "W0101", "counted unit looks like a misspelt time unit", "print 30 mins + 5 hous\n";
    UnusedValue = "W0102", "value computed and not used", "let working_days = 52 * 5\n  - 15\nprint working_days\n";
    ShadowsStdlib = "W0103", "a script's definition has a stdlib name", "fn annual(x) { x * 2 }\nprint annual(3)\n";
    ThousandsDot = "W0104", "a number written with a thousands dot", "let standard = 75.000 min per visit\nprint standard\n";
    DecimalComma = "W0105", "a decimal written with a comma", "print round(2,5)\n";
    VolumeThousandsDot = "W0106", "a volume with three decimals, perhaps a thousands dot", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Outpatient care\" { standard = 20 min per visit; volume = 1.500 visits }\n}\n";
    HighAllowance = "W0501", "total category allowance above 50%", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Handover and reports\" = 4.5 h per day\n}\nprint caf(nurse)\n";
    ManyDaysOff = "W0502", "more than 40% of the possible working days are deducted", "calendar rs {\n  hours_per_day = 8 h\n  annual_leave = 30 days\n  sick_leave = 60 days\n  training = 20 days\n}\n";
    MoreStaffThanCadre = "W0503", "more staff on an additional activity than the cadre has", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  current_staff = 2\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  individual \"Supervision\" = 10 days per year for 3 staff\n}\nprint iaf(nurse)\n";
    CountedTwice = "W0504", "training perhaps counted twice, in the calendar and as a support activity", "calendar rs {\n  hours_per_day = 8 h\n  training = 8 days\n}\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"In-service training\" = 2 h per week\n}\nprint caf(nurse)\n";
    LongWorkingDay = "W0520", "a working day longer than 12 hours", "calendar igd { hours_per_day = 24 h }\n";
    PossibleDaysWeek = "W0521", "possible working days that do not fit the working week", "calendar rs {\n  hours_per_day = 8 h\n  days_per_week = 5 days\n  possible_days = 365 days\n}\n";
    WeekHoursMismatch = "W0522", "hours a day that contradict the formal hours a week", "calendar rs {\n  hours_per_day = 8 h\n  days_per_week = 6 days\n  formal_hours_per_week = 37.5 h\n}\n";
    ExcludedWithoutReason = "W0523", "an activity left out without a reason", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  activity \"Home visits\" { standard = 1 h per visit; volume = 200 visits; include = false }\n}\n";
    RoundedBeforeSum = "W0524", "whole persons rounded before they are summed", "let required = [1.2, 2.3, 0.4]\nprint sum(map(required, fn(r) => ceil(r)))\n";
    UnitTimeOverWeek = "W0525", "a unit time longer than a working week", "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Wound care\" { standard = 45 h per patient; volume = 900 patients }\n}\n";
    DeductedTwice = "W0526", "time the calendar deducts, listed again as a support activity", "calendar rs {\n  hours_per_day = 8 h\n  annual_leave = 12 days\n}\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Cuti tahunan\" = 4%\n}\n";
}
