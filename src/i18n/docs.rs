//! The docs of the stdlib's workload functions in Bahasa Indonesia, for `:help` and `wl help`
//! under `--locale id`: one entry per function, by name, with the lines as `wl help` wraps them.
//!
//! Kept here rather than as `# id:` lines in `stdlib/`: a doc line there would shift the line
//! numbers that diagnostics and their snapshots quote for stdlib formulas, and the stdlib is
//! edited by whoever changes a method. A test checks that every public function of the workload
//! files has an entry and that every entry names a public function.

/// Function name → its doc in Indonesian.
pub static DOCS: &[(&str, &str)] = &[
    // stdlib/wisn.wl
    ("annual", "Volume sebagai angka tahunan menurut kalender `cal`: `12000 visits per year` adalah 12000 kunjungan,\n`1000 visits per month` dua belas kalinya; volume per hari atau per minggu dihitung atas hari (minggu)\nlayanan berjalan dalam setahun, yaitu hari kerja yang mungkin dari kalender (260 untuk 5 hari\nseminggu), bukan hari tersedia seorang pekerja. Volume tanpa periode sudah tahunan."),
    ("annual_volume", "Volume tahunan kegiatan `a` menurut kalender `cal` (lihat `annual`)."),
    ("standard_workload", "SBK (standar beban kerja): berapa satuan kegiatan yang dapat dikerjakan satu pekerja dalam\nsetahun bila tidak mengerjakan hal lain."),
    ("staff_for", "Staf yang dibutuhkan satu kegiatan: volume tahunan / SBK."),
    ("counted_mark", "Apakah sebuah kegiatan dihitung, dalam kata: \"yes\" (ya), atau \"no: \" (tidak) diikuti alasan\nkegiatan itu tidak dihitung."),
    ("activity_table", "Kegiatan-kegiatan sebuah cadre dengan SBK dan staf yang dibutuhkannya."),
    ("base_staff", "Staf untuk kegiatan pelayanan kesehatan sebelum kelonggaran: sum(volume / SBK)."),
    ("cas", "CAS satu kegiatan penunjang: waktunya sebagai bagian dari waktu kerja dalam periode yang sama\n(hari kerja kalender, minggu kerjanya, atau bulan/tahun dari WKT-nya)."),
    ("total_cas", "Total CAS sebuah cadre: jumlah CAS kegiatan penunjangnya, dalam persen (memberi peringatan\nW0504 bila kegiatan penunjang mengulang hari pelatihan kalender)."),
    ("staff_missing", "Apakah `current_staff` sebuah cadre diberikan tetapi kosong (sel kosong yang dibaca dari berkas\nberarti data staf tidak ada, bukan nol staf)."),
    ("caf", "CAF = 1 / (1 - total CAS). Total 100% atau lebih tidak menyisakan waktu untuk pelayanan."),
    ("ias", "IAS satu kegiatan tambahan: waktunya dalam setahun dikali jumlah staf yang mengerjakannya.\nBagian dari satu pekerja (`33%`) adalah bagian itu dari WKT kalender."),
    ("total_ias", "Total IAS: waktu kegiatan tambahan dalam setahun, dalam jam."),
    ("iaf", "IAF = total IAS / WKT: staf tambahan yang dibutuhkan untuk kegiatan tambahan sebagian staf."),
    ("required_staff", "Staf yang dibutuhkan = sum(volume / SBK) x CAF + IAF."),
    ("wisn_difference", "Selisih WISN = staf saat ini - staf yang dibutuhkan (negatif: kekurangan)."),
    ("wisn_ratio", "Rasio WISN = staf saat ini / staf yang dibutuhkan; \"no workload\" bila tidak ada yang dibutuhkan."),
    ("pressure_percent", "Tekanan beban kerja dalam persen, seperti dicetak sebagian studi nasional: (1 - rasio) x 100%,\njadi 70% dari staf yang dibutuhkan adalah tekanan 30%; negatif bila staf melebihi beban kerja."),
    ("pressure", "Kategori tekanan beban kerja dari rasio WISN dalam sebuah tabel rentang (wisn_pressure_bands\npada `wisn`); rasio berupa teks (\"no workload\") diteruskan apa adanya."),
    ("pressure_labels", "Tekanan beban kerja dari kolom staf saat ini dan staf yang dibutuhkan (perhitungan sekaligus untuk\nbanyak fasilitas): per baris kategori rasio WISN dalam `bands`, \"missing staff\" bila staf saat ini\ntidak tercatat (sel kosong), \"no workload\" bila tidak ada yang dibutuhkan."),
    ("pressure_table", "Tabel rentang untuk membaca tekanan WISN sebuah cadre: `bands` bila diberikan, selain itu\n`pressure_bands` yang dideklarasikan kalender (tabel dari kementerian), selain itu wisn_pressure_bands\nsementara milik wl."),
    ("wisn", "Hasil WISN lengkap sebuah cadre, dengan presisi penuh: bulatkan untuk penyajian dengan `round`.\nField: awt (WKT), activities (tiap kegiatan dengan SBK dan stafnya), base_staff, total_cas, caf,\niaf dan required = base_staff x CAF + IAF; dengan `current_staff` juga current, difference =\ncurrent - required, ratio = current / required dan pressure, kategori rasio dalam `bands`\n(bawaan wisn_pressure_bands)."),
    ("wisn_summary", "Beberapa hasil WISN sekaligus. Kedua rasio berbeda dan keduanya diberi nama: rasio jumlah\n(seluruh staf saat ini / seluruh staf yang dibutuhkan) dan rata-rata rasio fasilitas."),
    ("wisn_table", "Hasil WISN dalam tata letak laporan fasilitas perangkat lunak WHO, sebagai tabel untuk dicetak atau\ndiekspor: untuk setiap cadre (satu, atau sebuah daftar) satu baris per kegiatan pelayanan kesehatan\n(beban kerja tahunan dalam satuan dan dalam jam, SBK, staf yang dibutuhkan), per kegiatan penunjang\n(CAS) dan per kegiatan tambahan (IAS, dalam jam setahun untuk semua yang mengerjakannya), lalu satu\nbaris total: jam beban kerja, WKT dalam hari dan jam, total CAS dan CAF, total IAS dan IAF, staf yang\ndibutuhkan tanpa pembulatan dan dalam orang utuh (`rounding`, bawaan half-up: WHO tidak menetapkan\naturan, sehingga angka utuh adalah langkah yang dinyatakan), staf saat ini, selisih dan rasio WISN,\nkategori tekanan dan tabel rentang asalnya (`bands`, selain itu `pressure_bands` kalender, selain itu\nwisn_pressure_bands). Sel yang tidak memiliki angka pada suatu baris bernilai kosong (missing)."),
    // stdlib/abk.wl
    ("yearly", "Waktu kerja sebagai menit dalam setahun, untuk `wkt:` pada abk_kes dan kepmenkes_81: angka tahunan\nsebuah record norma, `1200 h per year` atau `6000 min per month` sesuai yang tertulis, waktu tanpa\nperiode (`72000 min`) sebagai angka setahun, dan angka per hari atau per minggu (`300 min per day`)\natas tahun kerja kalender `cal` (hari tersedianya); tanpa kalender hal itu menjadi galat E0505."),
    ("sbk", "SBK (standar beban kerja, ABK-Kes dan Kepmenkes 81/2004): berapa satuan kegiatan `a` yang\ndiselesaikan satu pekerja dalam waktu kerja `wkt`: WKT / norma waktu (atau WKT x laju kerja).\nsbk(a, 82800 min) untuk tugas 30 menit adalah 2760."),
    ("task_requirement", "Staf yang dibutuhkan satu tugas pokok (ABK-Kes): capaian tahunannya / SBK pada waktu kerja `wkt`."),
    ("abk_kes", "ABK-Kes (PMK 33/2015) untuk sebuah cadre: per tugas pokok SBK dan kebutuhannya, JKT = jumlahnya,\nFTP = waktu tugas penunjang / WKT, STP = 1 / (1 - FTP), total = JKT x STP dan `needed` dibulatkan\nke orang utuh (`rounding`, bawaan half-up). WKT dari kalender (hari tersedia x hari efektif)\nkecuali `wkt:` memberi norma atau waktu. Dengan `current_staff`, juga kesenjangan (tersedia -\ndibutuhkan) dan statusnya: kurang, lebih atau sesuai."),
    ("kepmenkes_81", "Kepmenkes 81/2004 untuk sebuah cadre: kebutuhan = sum(volume / SBK) + SK, dengan WKT dari\nkalendernya. Kelonggaran SK (waktu tahunan kegiatan penunjang / WKT) adalah bagian dari satu\norang, ditambahkan sekali pada jumlahnya."),
    ("abk_kes_table", "Hasil ABK-Kes dalam tata letak laporan ABK Renbut, sebagai tabel untuk dicetak atau diekspor: satu\nbaris per tugas pokok (satuan, capaian, norma waktu dalam menit, SBK, kebutuhan, dan apakah tugas\nitu dihitung, beserta alasannya), satu baris per tugas penunjang (FTP-nya), dan baris total: WKT\ndalam menit, JKT, FTP, STP, total = JKT x STP, kebutuhan dalam orang utuh menurut aturan Renbut\n(lihat abk_kes), dan dengan `current_staff` tenaga yang tersedia, kesenjangan dan statusnya.\n`wkt:` dan `rounding:` sama dengan pada abk_kes."),
    ("kepmenkes_81_table", "Hasil Kepmenkes 81/2004 sebagai tabel lembar kerja: satu baris per kegiatan pokok (kuantitas,\nnorma waktu dalam menit, SBK, kebutuhan), satu baris per butir kelonggaran (SK-nya, bagian dari\nWKT), dan baris total: WKT dalam menit, jumlah kebutuhan tugas, SK (ditambahkan sekali) dan\nkebutuhan, tanpa pembulatan dan dalam orang utuh (`rounding`, bawaan half-up). `wkt:` sama dengan\npada kepmenkes_81."),
    // stdlib/fte.wl
    ("fte", "FTE = (beban kerja + kelonggaran) / waktu kerja efektif. Kelonggaran berupa waktu atau persentase\ndari waktu efektif (bawaan 0%): fte(1500 h, 1200 h, 15%) adalah 1,4."),
    ("fte_band", "Kategori indeks FTE dalam sebuah tabel rentang (bawaan fte_bands_bkn_2010: underload di bawah\n1, normal 1 sampai 1,28, overload di atas 1,28)."),
    ("activity_time", "Total waktu kegiatan yang dihitung sebuah cadre dalam setahun: sum(volume x waktu per satuan)."),
    ("cadre_fte", "FTE sebuah cadre terhadap tahun efektif kalendernya, dengan kategorinya."),
    // stdlib/calendar.wl
    ("possible_days", "A: hari kerja yang mungkin dalam setahun."),
    ("service_days", "Hari pelayanan fasilitas dalam setahun, yang menjadi dasar penghitungan volume per hari atau per\nminggu: `service_days` kalender, atau hari kerja yang mungkin dari kalender itu."),
    ("deductions", "B + C + D + E: hari libur nasional, cuti tahunan, sakit, pelatihan dan ketidakhadiran lain."),
    ("available_days", "A - (B + C + D + E). Rumus ini juga menentukan panjang tahun kerja dalam konversi satuan."),
    ("awt", "WKT (AWT WHO) dalam jam: hari tersedia x jam satu hari kerja."),
    ("wkt", "WKT Kepmenkes 81/2004 = {A - (B + C + D + E)} x R: hitungan yang sama dengan AWT."),
    ("formal_day", "Jam resmi satu hari kerja: hari yang dideklarasikan, atau minggu resmi dibagi hari kerjanya\n(lembar kerja ABK-Kes membagi minggu: 37,5 h / 5 hari)."),
    ("effective_day", "Waktu efektif sehari menurut Permenkes 53/2012: jam resmi x (1 - kelonggaran)."),
    ("effective_week", "Waktu efektif seminggu menurut Permenkes 53/2012: hari efektif x hari kerja per minggu."),
    ("effective_year", "Waktu efektif setahun: hari efektif atas hari kerja yang tersedia."),
    ("wkt_abk", "WKT ABK-Kes (PMK 33/2015): hari tersedia x jam efektif sehari."),
    ("working_time", "Semua yang diberikan sebuah kalender, satu field per baris."),
    ("annual_time", "Waktu tahunan dari waktu per periode seorang pekerja (`2 h per month` adalah 24 h setahun;\n`2 h per week` adalah 2 h dikali minggu kerja tahun kalender) atau dari bagian WKT (`33%`),\nuntuk kegiatan penunjang dan tambahan; `item`, deklarasi asal nilai itu, adalah tempat\nmasalahnya dilaporkan."),
    // stdlib/norms.wl
    ("against_norm", "Waktu efektif kalender di samping sebuah norma, untuk setiap periode yang dinyatakan norma itu."),
    // stdlib/time_motion.wl
    ("productive_share", "Bagian produktif dari satu hari kerja: waktu produktif / waktu resmi, dalam persen\n(productive_share(300 min, 420 min) adalah 71,4285714286%)."),
    ("productivity_verdict", "\"good\" (baik) bila waktu produktif mencapai waktu efektif sehari, selain itu\n\"below effective time\" (di bawah waktu kerja efektif), seperti penilaian pada seed 001."),
    ("time_motion", "Tabel pengamatan (kolom `productive` dalam menit per hari, kolom lain dipertahankan) dengan\npersen, kategori beban kerja dan kesimpulan ditambahkan. `digits` dan `mode` membulatkan persentase\nsebelum dikategorikan, seperti makalah yang mencetak persen bulat (seed 001 memotongnya)."),
    // stdlib/sensitivity.wl
    ("sensitivity", "Staf yang dibutuhkan sesuai deklarasi, dan dengan setiap masukan diubah sebesar -change dan\n+change (bawaan 10%): semua kegiatan pelayanan kesehatan sekaligus, tiap kegiatan yang dihitung,\ntiap kegiatan penunjang (CAF) dan tiap kegiatan tambahan (IAF)."),
    // stdlib/batch.wl
    ("wisn_batch", "WISN atas tabel fasilitas: `volumes` berisi satu baris per fasilitas, kategori dan kegiatan\n(facility, category, activity, volume, current_staff, ditambah kolom pengelompokan);\n`cadres` adalah deklarasi yang memberi standar, WKT, CAF dan IAF tiap kategori. Hasilnya\nsebuah record: `facilities` (per fasilitas dan kategori: staf yang dibutuhkan, selisih WISN,\nrasio dan tekanan, dikategorikan dengan `bands`), ringkasan untuk tiap kolom `levels`, dan `all`\nuntuk seluruh tabel; ringkasan memberi rasio jumlah dan rata-rata rasio."),
];

/// The Indonesian doc of a stdlib function, if it has one.
pub fn doc(name: &str) -> Option<&'static str> {
    DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}
