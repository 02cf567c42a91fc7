# ABK-Kes (PMK 33/2015) for two midwife positions at a Puskesmas, laid out as Renbut's ABK report.
# The WKT is given as printed (1,200 h a year, the Perka BKN 19/2011 effective time), so no
# calendar is declared: the volumes are annual, per month, or per day over stated service days.

# Bidan Terampil. Main tasks (tugas pokok), WKT 72,000 min:
#   ANC            4800 visits x 15 min: SBK 72000 / 15 = 4800, need 1
#   Persalinan      240 deliveries x 60 min: SBK 1200, need 0.2
#   KB              180 acceptors a month x 12 = 2160 x 10 min: SBK 7200, need 0.3
#   Kunjungan nifas 3 a day x 240 service days = 720 x 20 min: SBK 3600, need 0.2
#   Imunisasi bayi  listed, not counted (done by the nurse), would be 1800 / 7200 = 0.25
# JKT = 1 + 0.2 + 0.3 + 0.2 = 1.7.
# Supporting tasks: monthly meeting 2 h a month = 1440 min a year = 2% of WKT; records and
# reports 8% of working time. FTP = 10%, STP = 1 / 0.9 = 1.1111111111.
# Total = 1.7 / 0.9 = 1.8888888889; Renbut's rule (nearest whole person): 2. One in post: gap -1.
cadre bidan_terampil {
  label = "Bidan Terampil"
  current_staff = 1
  activity "Pelayanan ANC" { standard = 15 min per kunjungan; volume = 4800 kunjungan }
  activity "Pertolongan persalinan" { standard = 60 min per persalinan; volume = 240 persalinan }
  activity "Pelayanan KB" { standard = 10 min per akseptor; volume = 180 akseptor per month }
  activity "Kunjungan nifas" {
    standard = 20 min per kunjungan
    volume = 3 kunjungan per day
    service_days = 240 days
  }
  activity "Imunisasi bayi" {
    standard = 10 min per suntikan
    volume = 1800 suntikan
    include = false
    reason = "dilakukan oleh perawat"
  }
  support "Rapat bulanan" = 2 h per month
  support "Pencatatan dan pelaporan" = 8%
}

print abk_kes_table(bidan_terampil, wkt: 1200 h per year)

# Bidan Koordinator, with the STP printed on the district sheet (1.25) instead of its supporting
# tasks: supervision 324 visits x 60 min = 19440 min, JKT = 19440 / 72000 = 0.27; total =
# 0.27 x 1.25 = 0.3375, below half a person: Renbut's rule gives 0 whole persons.
cadre bidan_koordinator {
  label = "Bidan Koordinator"
  current_staff = 1
  stp = 1.25
  activity "Supervisi bidan desa" { standard = 60 min per kunjungan; volume = 324 kunjungan }
}

let k = abk_kes(bidan_koordinator, wkt: 1200 h per year)
print k.wkt_source
print "JKT " + str(k.jkt) + ", STP " + str(k.stp) + ", total " + str(k.total) + ": " + str(k.needed) + " whole persons, " + k.status
