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
    ("annual", "Volume sebagai angka tahunan menurut kalender `cal`: `12000 visits per year` adalah 12000 kunjungan,\n`1000 visits per month` dua belas kalinya, dan volume per hari atau per minggu dihitung atas hari\n(minggu) layanan berjalan dalam setahun: `service_days` kegiatan bila `a`, kegiatan itu,\nmenyatakannya (`286 days`), selain itu `service_days` kalender, selain itu hari kerja yang mungkin\ndari kalender (260 untuk 5 hari seminggu), bukan hari tersedia seorang pekerja, karena fasilitas tidak\ntutup saat seorang pekerja cuti. Satu minggu layanan adalah `days_per_week` dari hari-hari itu.\nVolume tanpa periode (`12000 visits`) sudah tahunan."),
    ("annual_volume", "Volume tahunan kegiatan `a` menurut kalender `cal` (lihat `annual`)."),
    ("standard_workload", "SBK (standar beban kerja): berapa satuan kegiatan yang dapat dikerjakan satu pekerja dalam\nsetahun bila tidak mengerjakan hal lain."),
    ("staff_for", "Staf yang dibutuhkan satu kegiatan: volume tahunan / SBK."),
    ("counted_mark", "Apakah sebuah kegiatan dihitung, dalam kata: \"yes\" (ya), atau \"no: \" (tidak) diikuti alasan\nkegiatan itu tidak dihitung."),
    ("activity_table", "Kegiatan-kegiatan sebuah cadre dengan SBK dan staf yang dibutuhkannya."),
    ("base_staff", "Staf untuk kegiatan pelayanan kesehatan sebelum kelonggaran: sum(volume / SBK)."),
    ("cas", "CAS satu kegiatan penunjang: waktunya sebagai bagian dari waktu kerja dalam periode yang sama\n(hari kerja kalender, minggu kerjanya, atau bulan/tahun dari WKT-nya)."),
    ("total_cas", "Total CAS sebuah cadre: jumlah CAS kegiatan penunjangnya, dalam persen (memberi peringatan\nW0504 bila kegiatan penunjang mengulang hari pelatihan kalender). Cadre yang memberikan faktornya\nseperti tercetak (`stp = 1.15`) memiliki bagian yang diwakili faktor itu: 1 - 1 / 1,15."),
    ("staff_missing", "Apakah `current_staff` sebuah cadre diberikan tetapi kosong (sel kosong yang dibaca dari berkas\nberarti data staf tidak ada, bukan nol staf)."),
    ("caf", "CAF = 1 / (1 - total CAS). Total 100% atau lebih tidak menyisakan waktu untuk pelayanan."),
    ("ias", "IAS satu kegiatan tambahan: waktunya dalam setahun dikali jumlah staf yang mengerjakannya.\nBagian dari satu pekerja (`33%`, atau `0.33 FTE`) adalah bagian itu dari WKT kalender."),
    ("total_ias", "Total IAS: waktu kegiatan tambahan dalam setahun, dalam jam."),
    ("iaf", "IAF = total IAS / WKT: staf tambahan yang dibutuhkan untuk kegiatan tambahan sebagian staf."),
    ("required_staff", "Staf yang dibutuhkan = sum(volume / SBK) x CAF + IAF."),
    ("wisn_difference", "Selisih WISN = staf saat ini - staf yang dibutuhkan (negatif: kekurangan)."),
    ("wisn_ratio", "Rasio WISN = staf saat ini / staf yang dibutuhkan; \"no workload\" bila tidak ada yang dibutuhkan,\n\"missing staff\" bila data staf yang bertugas tidak ada (sel kosong), tidak pernah rasio dari\nketiadaan."),
    ("pressure_percent", "Tekanan beban kerja dalam persen, seperti dicetak sebagian studi nasional: (1 - rasio) x 100%,\njadi 70% dari staf yang dibutuhkan adalah tekanan 30%; negatif bila staf melebihi beban kerja."),
    ("pressure", "Kategori tekanan beban kerja dari rasio WISN dalam sebuah tabel rentang (wisn_pressure_bands\npada `wisn`); rasio berupa teks (\"no workload\", \"missing staff\") diteruskan apa adanya."),
    ("pressure_labels", "Tekanan beban kerja dari kolom staf saat ini dan staf yang dibutuhkan (perhitungan sekaligus untuk\nbanyak fasilitas): per baris kategori rasio WISN dalam `bands`, \"missing staff\" bila staf saat ini\ntidak tercatat (sel kosong), \"no workload\" bila tidak ada yang dibutuhkan."),
    ("pressure_table", "Tabel rentang untuk membaca tekanan WISN sebuah cadre: `bands` bila diberikan, selain itu\n`pressure_bands` yang dideklarasikan kalender (tabel dari kementerian), selain itu wisn_pressure_bands\nsementara milik wl."),
    ("wisn", "Hasil WISN lengkap sebuah cadre, dengan presisi penuh: bulatkan untuk penyajian dengan `round`.\nField: awt (WKT), activities (tiap kegiatan dengan SBK dan stafnya), base_staff, total_cas, caf,\niaf dan required = base_staff x CAF + IAF; dengan `current_staff` juga current, difference =\ncurrent - required, ratio = current / required, pressure (kategori rasio itu) dan bands (nama dan\nsumber tabel rentangnya: `bands:` bila diberikan, selain itu `pressure_bands` kalender, selain itu\nwisn_pressure_bands). `current_staff` yang tidak ada (sel kosong) memberi \"missing staff\" sebagai\nratio dan pressure, tanpa difference."),
    ("wisn_summary", "Beberapa hasil WISN sekaligus. Rasio-rasionya berbeda dan masing-masing diberi nama: rasio jumlah\n(seluruh staf saat ini / seluruh staf yang dibutuhkan), rata-rata rasio fasilitas, dan rata-rata\nrasio yang lebih dulu dibulatkan ke `digits` desimal (bawaan 2), yaitu yang dilaporkan makalah yang\nmerata-ratakan kolom rasio tercetaknya. Hasil yang data staf bertugasnya tidak ada dikeluarkan dari\nketiganya (dan dari jumlah-jumlahnya), dan dihitung dalam `missing_staff`."),
    ("wisn_table", "Hasil WISN dalam tata letak laporan fasilitas perangkat lunak WHO, sebagai tabel untuk dicetak atau\ndiekspor: untuk setiap cadre (satu, atau sebuah daftar) satu baris per kegiatan pelayanan kesehatan\n(beban kerja tahunan dalam satuan dan dalam jam, SBK, staf yang dibutuhkan), per kegiatan penunjang\n(CAS) dan per kegiatan tambahan (IAS, dalam jam setahun untuk semua yang mengerjakannya), lalu satu\nbaris total: jam beban kerja, WKT dalam hari dan jam, total CAS dan CAF, total IAS dan IAF, staf yang\ndibutuhkan tanpa pembulatan dan dalam orang utuh (`rounding`, bawaan half-up: WHO tidak menetapkan\naturan, sehingga angka utuh adalah langkah yang dinyatakan), staf saat ini, selisih dan rasio WISN,\nkategori tekanan dan tabel rentang asalnya (`bands`, selain itu `pressure_bands` kalender, selain itu\nwisn_pressure_bands). Sel yang tidak memiliki angka pada suatu baris bernilai kosong (missing)."),
    // stdlib/abk.wl
    ("yearly", "Waktu kerja sebagai menit dalam setahun, untuk `wkt:` pada abk_kes dan kepmenkes_81: angka tahunan\nsebuah record norma, `1200 h per year` atau `6000 min per month` sesuai yang tertulis, waktu tanpa\nperiode (`72000 min`) sebagai angka setahun, dan angka per hari atau per minggu (`300 min per day`)\natas tahun kerja kalender `cal` (hari tersedianya); tanpa kalender hal itu menjadi galat E0505."),
    ("sbk", "SBK (standar beban kerja, ABK-Kes dan Kepmenkes 81/2004): berapa satuan kegiatan `a` yang\ndiselesaikan satu pekerja dalam waktu kerja `wkt`: WKT / norma waktu (atau WKT x laju kerja).\nsbk(a, 82800 min) untuk tugas 30 menit adalah 2760."),
    ("task_requirement", "Staf yang dibutuhkan satu tugas pokok (ABK-Kes): capaian tahunannya / SBK pada waktu kerja `wkt`."),
    ("abk_kes", "ABK-Kes (PMK 33/2015) untuk sebuah cadre: per tugas pokok SBK dan kebutuhannya (tiap tugas ditandai\ndihitung atau tidak, beserta alasannya), JKT = jumlahnya, FTP = bagian WKT yang dipakai tugas\npenunjang (bagian yang diberikan sebagai `5%` adalah bagian itu dari WKT), STP = 1 / (1 - FTP) (atau\n`stp` cadre seperti tercetak), total = JKT x STP dan `needed` dalam orang utuh menurut aturan Renbut:\nbilangan bulat terdekat, setengah dibulatkan ke atas (`rounding` mengubah aturan untuk setengah),\njuga di bawah satu orang (0,4 membutuhkan 0, 0,5 membutuhkan 1). WKT dari kalender (hari tersedia x\nhari efektif) kecuali `wkt:` memberi norma (`norm_bkn_19_2011`) atau waktu (`1200 h per year`, atau\n`300 min per day` melalui kalender); dengan `wkt:` cadre tidak memerlukan kalender. Dengan\n`current_staff`, juga kesenjangan (tersedia - dibutuhkan) dan statusnya: kurang, lebih, sesuai, atau\n\"missing staff\"."),
    ("kepmenkes_81", "Kepmenkes 81/2004 untuk sebuah cadre: kebutuhan = sum(volume / SBK) + SK. Kelonggaran SK (waktu\ntahunan kegiatan penunjang / WKT; butir yang diberikan sebagai bagian, `5%`, adalah bagian itu;\nfaktor yang diberikan seperti tercetak, `stp = 1.15`, adalah 1 - 1 / 1,15) adalah bagian dari satu\norang, ditambahkan sekali pada jumlahnya. WKT adalah {A - (B + C + D + E)} x R dari kalender (R hari\nefektif bila kalender mendeklarasikan `allowance`), atau `wkt:` seperti pada abk_kes (maka cadre\ntidak memerlukan kalender)."),
    ("abk_kes_table", "Hasil ABK-Kes dalam tata letak laporan ABK Renbut, sebagai tabel untuk dicetak atau diekspor: satu\nbaris per tugas pokok (satuan, capaian, norma waktu dalam menit, SBK, kebutuhan, dan apakah tugas\nitu dihitung, beserta alasannya), satu baris per tugas penunjang (FTP-nya), dan baris total: WKT\ndalam menit, JKT, FTP, STP, total = JKT x STP, kebutuhan dalam orang utuh menurut aturan Renbut\n(lihat abk_kes), dan dengan `current_staff` tenaga yang tersedia, kesenjangan dan statusnya.\n`wkt:` dan `rounding:` sama dengan pada abk_kes."),
    ("kepmenkes_81_table", "Hasil Kepmenkes 81/2004 sebagai tabel lembar kerja: satu baris per kegiatan pokok (kuantitas,\nnorma waktu dalam menit, SBK, kebutuhan), satu baris per butir kelonggaran (SK-nya, bagian dari\nWKT), dan baris total: WKT dalam menit, jumlah kebutuhan tugas, SK (ditambahkan sekali) dan\nkebutuhan, tanpa pembulatan dan dalam orang utuh (`rounding`, bawaan half-up). `wkt:` sama dengan\npada kepmenkes_81."),
    // stdlib/fte.wl
    ("fte", "FTE = (beban kerja + kelonggaran) / waktu kerja efektif. Kelonggaran berupa waktu atau persentase\ndari waktu efektif (bawaan 0%): fte(1500 h, 1200 h, 15%) adalah 1,4."),
    ("fte_band", "Kategori indeks FTE dalam sebuah tabel rentang (bawaan fte_bands_bkn_2010: underload di bawah\n1, normal 1 sampai 1,28, overload di atas 1,28)."),
    ("activity_time", "Total waktu kegiatan yang dihitung sebuah cadre dalam setahun: sum(volume x waktu per satuan)."),
    ("cadre_fte", "FTE sebuah cadre terhadap tahun efektif kalendernya, dengan kategorinya dan tabel rentang asal\nkategori itu (nama dan sumbernya)."),
    // stdlib/calendar.wl
    ("possible_days", "A: hari kerja yang mungkin dalam setahun: `possible_days` yang dideklarasikan, atau jam kerja\nkontrak setahun dibagi hari kerja (`contract_hours = 1600 h per year` dengan hari 8 h adalah 200\nhari), atau hari kerja dari minggu-minggunya (5 x 52)."),
    ("service_days", "Hari pelayanan fasilitas dalam setahun, yang menjadi dasar penghitungan volume per hari atau per\nminggu: `service_days` kalender, atau hari kerja yang mungkin dari kalender itu."),
    ("deductions", "B + C + D + E: hari libur nasional, cuti tahunan, sakit, pelatihan dan ketidakhadiran lain."),
    ("available_days", "A - (B + C + D + E). Rumus ini juga menentukan panjang tahun kerja dalam konversi satuan."),
    ("awt", "WKT (AWT WHO) dalam jam: hari tersedia x jam satu hari kerja."),
    ("wkt", "WKT Kepmenkes 81/2004 = {A - (B + C + D + E)} x R. R adalah hari kerja: hari efektif (jam resmi x\n(1 - kelonggaran)) bila kalender mendeklarasikan `allowance`, seperti lembar kerja yang memakai hari\nefektif, selain itu jam sehari kalender (maka WKT sama dengan AWT WHO)."),
    ("formal_day", "Jam resmi satu hari kerja: hari yang dideklarasikan, atau minggu resmi dibagi hari kerjanya\n(lembar kerja ABK-Kes membagi minggu: 37,5 h / 5 hari)."),
    ("effective_day", "Waktu efektif sehari menurut Permenkes 53/2012: jam resmi x (1 - kelonggaran)."),
    ("effective_week", "Waktu efektif seminggu menurut Permenkes 53/2012: hari efektif x hari kerja per minggu."),
    ("effective_year", "Waktu efektif setahun: hari efektif atas hari kerja yang tersedia."),
    ("wkt_abk", "WKT ABK-Kes (PMK 33/2015): hari tersedia x jam efektif sehari."),
    ("working_time", "Semua yang diberikan sebuah kalender, satu field per baris."),
    ("annual_time", "Waktu tahunan dari waktu per periode seorang pekerja (`2 h per month` adalah 24 h setahun;\n`2 h per week` adalah 2 h dikali minggu kerja tahun kalender) atau dari bagian WKT (`33%`,\n`0.33 FTE`), untuk kegiatan penunjang dan tambahan; `item`, deklarasi asal nilai itu, adalah tempat\nmasalahnya dilaporkan. Waktu per tahun atau per bulan tidak memerlukan kalender (setahun adalah dua\nbelas bulan di kalender mana pun); per hari atau per minggu memerlukannya (galat E0505)."),
    // stdlib/norms.wl
    ("against_norm", "Waktu efektif kalender di samping sebuah norma, untuk setiap periode yang dinyatakan norma itu\n(tiap angka per periodenya: `300 min per day` di samping hari efektif kalender)."),
    // stdlib/time_motion.wl
    ("productive_share", "Bagian produktif dari satu hari kerja: waktu produktif / waktu resmi, dalam persen\n(productive_share(300 min, 420 min) adalah 71,4285714286%)."),
    ("productivity_verdict", "\"good\" (baik) bila waktu produktif mencapai waktu efektif sehari, selain itu\n\"below effective time\" (di bawah waktu kerja efektif), seperti penilaian pada seed 001."),
    ("time_motion", "Tabel pengamatan (kolom `productive` dalam menit per hari, kolom lain dipertahankan) dengan\npersen, kategori beban kerja dan kesimpulan ditambahkan. `digits` dan `mode` membulatkan persentase\nsebelum dikategorikan, seperti makalah yang mencetak persen bulat (seed 001 memotongnya)."),
    // stdlib/sensitivity.wl
    ("sensitivity", "Staf yang dibutuhkan sesuai deklarasi, dan dengan setiap masukan diubah sebesar -change dan\n+change (bawaan 10%): semua kegiatan pelayanan kesehatan sekaligus, tiap kegiatan yang dihitung,\ntiap kegiatan penunjang (CAF) dan tiap kegiatan tambahan (IAF)."),
    // stdlib/batch.wl
    ("wisn_batch", "WISN atas tabel fasilitas: `volumes` berisi satu baris per fasilitas, kategori dan kegiatan\n(facility, category, activity, volume, current_staff, ditambah kolom pengelompokan), sebagai tabel\natau seperti yang dikembalikan `read_csv(path, bad_rows: \"skip\")`; `cadres` adalah deklarasi yang\nmemberi standar, WKT, CAF dan IAF tiap kategori.\nHasilnya sebuah record: `facilities` (per fasilitas dan kategori: staf yang dibutuhkan, selisih\nWISN, rasio dan tekanan, dikategorikan dengan `bands`), ringkasan untuk tiap kolom `levels`, `all`\nuntuk seluruh tabel (rasio jumlah, rata-rata rasio dan rata-rata rasio yang dibulatkan ke 2\ndesimal, masing-masing diberi nama; berapa baris dan fasilitas yang dikeluarkan, dan yang mana),\n`rejected` (tiap baris bermasalah: file, line, facility, category, activity, reason) dan `left_out`\n(tiap fasilitas yang dikeluarkan seluruhnya, dengan baris bermasalah pertamanya). Baris bermasalah\nmemberi peringatan dan mengeluarkan fasilitasnya; `bad_rows: \"stop\"` menjadikannya galat."),
];

/// The Indonesian doc of a stdlib function, if it has one.
pub fn doc(name: &str) -> Option<&'static str> {
    DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}
