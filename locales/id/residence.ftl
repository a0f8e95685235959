# Statuses of residence (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = Diplomat
res-official = Dinas resmi
res-professor = Profesor
res-artist = Seniman
res-religious-activities = Kegiatan keagamaan
res-journalist = Jurnalis
res-highly-skilled-professional = Profesional berketerampilan tinggi
res-business-manager = Manajer bisnis
res-legal-accounting-services = Layanan hukum/akuntansi
res-medical-services = Layanan medis
res-researcher = Peneliti
res-instructor = Pengajar
res-engineer-humanities-international = Teknisi/Spesialis humaniora/Layanan internasional
res-intra-company-transferee = Mutasi dalam perusahaan
res-nursing-care = Perawatan lansia (kaigo)
res-entertainer = Penghibur
res-skilled-labor = Tenaga terampil
res-specified-skilled-worker = Pekerja berketerampilan spesifik
res-technical-intern-training = Pemagangan teknis
res-cultural-activities = Kegiatan budaya
res-temporary-visitor = Kunjungan singkat
res-student = Pelajar
res-trainee = Peserta pelatihan
res-dependent = Tanggungan keluarga
res-designated-activities = Kegiatan yang ditentukan
res-permanent-resident = Penduduk tetap
res-spouse-of-japanese-national = Pasangan atau anak warga negara Jepang
res-spouse-of-permanent-resident = Pasangan atau anak penduduk tetap
res-long-term-resident = Penduduk jangka panjang
res-special-permanent-resident = Penduduk tetap khusus

res-work-limited = Boleh bekerja hanya dalam lingkup kegiatan status izin tinggal
res-work-designated = Boleh tidaknya bekerja ditentukan oleh surat penetapan (Kegiatan yang ditentukan)
res-work-none = Tidak boleh bekerja (boleh dalam batas tertentu dengan izin kegiatan di luar status)
res-work-unrestricted = Tanpa batasan kerja
