# The intake server's words: phone pages, counter pages, mail, API error codes.
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work – Loket

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $day } { $month-name } { $year }
srv-month-1 = Januari
srv-month-2 = Februari
srv-month-3 = Maret
srv-month-4 = April
srv-month-5 = Mei
srv-month-6 = Juni
srv-month-7 = Juli
srv-month-8 = Agustus
srv-month-9 = September
srv-month-10 = Oktober
srv-month-11 = November
srv-month-12 = Desember
srv-skip-to-content = Langsung ke isi
srv-language-nav = Bahasa tampilan
srv-form-errors = Silakan periksa isian Anda
srv-required = Wajib
srv-optional = Tidak wajib
srv-unselected = Belum dipilih
srv-value-none = (tidak ada)
srv-save = Simpan
srv-cancel = Batal
srv-reload = Muat ulang
srv-sign-in = Masuk
srv-sign-out = Keluar
srv-sign-in-failed = Alamat email atau kata sandi salah.

## Error pages

srv-error-not-found-title = Halaman tidak ditemukan
srv-error-not-found = Halaman yang Anda cari tidak ditemukan. Silakan periksa URL-nya. Jika Anda membukanya dari kode QR, pindai sekali lagi.
srv-error-forbidden-title = Tindakan ini tidak dapat dilakukan
srv-error-forbidden = Anda tidak berhak melihat halaman ini, atau halaman sudah kedaluwarsa. Silakan kembali ke halaman sebelumnya dan coba lagi.
srv-error-bad-request-title = Isian tidak dapat diterima
srv-error-bad-request = Data yang dikirim tidak dapat dibaca. Silakan kembali ke halaman sebelumnya dan isi lagi.
srv-error-rate-limited-title = Mohon tunggu sebentar
srv-error-rate-limited = Terlalu banyak percobaan dalam waktu singkat. Silakan tunggu sebentar lalu coba lagi.
srv-error-internal-title = Terjadi masalah
srv-error-internal = Terjadi masalah di server. Silakan coba lagi nanti. Jika masih bermasalah, tanyakan di loket Hello Work.

## Fields of the application

srv-field-receipt = Nomor penerimaan (受付番号)
srv-field-status = Status
srv-field-name = Nama
srv-name-kana-only = (diisi dalam katakana)
srv-field-identity-source = Cara pengisian data diri
srv-identity-from-card = Dibaca dari Kartu My Number (identitas belum diperiksa)
srv-card-read = (dibaca dari kartu)
srv-card-changed = (dibaca dari kartu, lalu diubah)
srv-field-kana = Cara baca (katakana)
srv-field-birth-date = Tanggal lahir
srv-field-sex = Jenis kelamin
srv-field-address = Alamat
srv-field-street = Nomor blok dan rumah
srv-field-building = Nama gedung dan nomor kamar
srv-field-phone = Nomor telepon
srv-field-email = Alamat email
srv-field-occupations = Jenis pekerjaan yang diinginkan
srv-field-occupation-n = Jenis pekerjaan yang diinginkan (pilihan { $n })
srv-field-employment-types = Status kerja yang diinginkan
srv-field-wage = Upah yang diinginkan
srv-field-work-locations = Lokasi kerja yang diinginkan
srv-field-hours = Jam kerja yang diinginkan
srv-field-now = Keadaan sekarang
srv-field-insurance = Rencana menerima asuransi ketenagakerjaan (雇用保険)
srv-field-education = Pendidikan terakhir
srv-field-qualifications = Lisensi dan kualifikasi
srv-field-work-history = Riwayat kerja
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = Nomor pencari kerja (求職番号)
srv-field-return-reason = Alasan:

srv-sex-female = Perempuan
srv-sex-male = Laki-laki
srv-sex-unstated = Tidak menjawab
srv-employment-full-time = Karyawan tetap
srv-employment-part-time = Paruh waktu (part-time)
srv-employment-dispatch = Tenaga alih daya (haken)
srv-employment-contract = Karyawan kontrak
srv-wage-monthly = Paling sedikit { $amount } yen per bulan
srv-wage-hourly = Paling sedikit { $amount } yen per jam
srv-wage-kind-monthly = Bulanan
srv-wage-kind-hourly = Per jam
srv-wage-amount = Jumlah (yen, paling sedikit)
srv-now-employed = Sedang bekerja
srv-now-not-employed = Tidak bekerja
srv-now-student = Pelajar/mahasiswa
srv-insurance-yes = Berencana menerima
srv-insurance-no = Tidak berencana menerima
srv-insurance-unsure = Tidak tahu
srv-education-junior-high = SMP
srv-education-high-school = SMA
srv-education-vocational = Sekolah kejuruan
srv-education-junior-college = Akademi/diploma, sekolah tinggi teknik
srv-education-university = Universitas
srv-education-graduate = Pascasarjana
srv-education-other = Lainnya
srv-my-page-wanted = Ingin membuat
srv-my-page-not-wanted = Tidak ingin membuat

srv-status-provisional = Diterima sementara
srv-status-accepted = Diterima
srv-status-returned = Dikembalikan

## Phone: the QR code's page

srv-continue-title = Lanjutkan pendaftaran pencari kerja
srv-continue-lead = Pendaftaran Anda dari mesin di lobi sudah diterima. Di halaman ini Anda dapat membuat My Page (求職者マイページ).
srv-received-title = Isi yang diterima
srv-received-wrong = Jika ada yang salah, silakan sampaikan kepada petugas di loket.
srv-on-its-way-title = Sedang dikirim
srv-on-its-way = Pendaftaran Anda sedang dikirim dari mesin di lobi ke Hello Work.
srv-on-its-way-refresh = Halaman ini diperbarui secara otomatis. Silakan tunggu.
srv-on-its-way-help = Jika tidak berubah setelah beberapa saat, sampaikan nomor penerimaan (受付番号) Anda di loket.
srv-expired-title = Kode QR ini sudah kedaluwarsa
srv-expired = Kode QR sudah kedaluwarsa. Petugas di loket Hello Work akan membantu Anda memeriksa pendaftaran dan membuat My Page (求職者マイページ). Silakan sampaikan nomor penerimaan (受付番号) Anda.
srv-spent-title = My Page (求職者マイページ) sudah dibuat
srv-spent = Kata sandi sudah diatur dengan kode QR ini. Silakan masuk ke My Page (マイページ) dengan alamat email dan kata sandi.
srv-my-page-open-title = Buat My Page (求職者マイページ)
srv-no-email = Pendaftaran Anda tidak berisi alamat email, jadi My Page tidak dapat dibuat di sini. Petugas di loket akan membantu Anda.
srv-code-send = Kirim kode konfirmasi
srv-code-resend = Kirim ulang kode konfirmasi
srv-code-sent = Kode konfirmasi sudah dikirim. Silakan periksa email Anda. Jika tidak ada, periksa juga folder spam.
srv-code-label = Kode konfirmasi (6 angka)
srv-code-help = Masukkan 6 angka yang ada di email.
srv-code-submit = Konfirmasi
srv-code-wrong = Kode konfirmasi salah. Anda masih dapat mencoba { $remaining } kali.
srv-code-need-new = Kode konfirmasi sudah kedaluwarsa atau sudah terlalu sering dicoba. Silakan kirim kode baru.
srv-code-send-failed = Email kode konfirmasi tidak dapat dikirim. Silakan coba lagi nanti.
srv-code-send-limited = Kode tidak dapat dikirim berturut-turut. Silakan coba lagi sekitar { $minutes } menit lagi.
srv-email-verified = Alamat email Anda ({ $email }) sudah dikonfirmasi. Selanjutnya, silakan buat kata sandi untuk My Page (マイページ).

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Pendaftaran Anda dari mesin di lobi sudah diterima. Setelah kami memastikan bahwa ini memang Anda, Anda dapat memeriksa isi pendaftaran dan membuat My Page (求職者マイページ).
srv-proof-title = Konfirmasi identitas
srv-proof-email = Kami akan mengirim kode konfirmasi 6 angka ke alamat email yang Anda isi saat mendaftar. Sebelum terkonfirmasi, halaman ini tidak menampilkan nama atau data Anda.
srv-proof-email-help = Jika email tidak datang, atau alamat email salah, sampaikan nomor penerimaan (受付番号) Anda di loket.
srv-proof-birth = Pendaftaran Anda tidak berisi alamat email, jadi kami mengonfirmasi dengan tanggal lahir. Sebelum terkonfirmasi, halaman ini tidak menampilkan nama atau data Anda.
srv-birth-label = Tanggal lahir
srv-birth-help = Contoh: 1990/7/15, 1990-07-15, atau 平成2年7月15日
srv-birth-submit = Konfirmasi
srv-birth-unreadable = Tanggal lahir tidak dapat dibaca. Masukkan tahun, bulan, dan tanggal seperti contoh.
srv-birth-wrong = Tanggal lahir tidak cocok dengan pendaftaran. Anda masih dapat mencoba { $remaining } kali.
srv-birth-locked = Tanggal lahir sudah terlalu sering dicoba, jadi tidak dapat dikonfirmasi lagi di halaman ini. Silakan sampaikan nomor penerimaan (受付番号) Anda di loket.
srv-proof-bound-time = Halaman ini hanya dapat dipakai selama 30 menit, dan hanya di peramban yang dipakai untuk konfirmasi ini.

srv-password-label = Kata sandi
srv-password-help = Paling sedikit { $min } karakter ({ $suggested } karakter atau lebih dianjurkan). Jenis karakter bebas; spasi dan kana juga boleh. Kata sandi yang umum dipakai tidak dapat digunakan.
srv-password-confirm-label = Kata sandi (sekali lagi untuk konfirmasi)
srv-password-submit = Atur kata sandi dan buat My Page
srv-password-too-short = Kata sandi harus paling sedikit { $min } karakter.
srv-password-too-long = Kata sandi paling banyak { $max } karakter.
srv-password-common = Kata sandi ini dipakai banyak orang dan mudah ditebak, jadi tidak dapat digunakan. Silakan pilih yang lain.
srv-password-personal = Kata sandi yang berisi alamat email atau data pribadi Anda tidak dapat digunakan.
srv-password-mismatch = Kedua kata sandi yang Anda masukkan tidak sama.

## Mail

srv-mail-code-subject = [Hello Work] Kode konfirmasi Anda
srv-mail-code-body =
    Kode konfirmasi: { $code }

    Ini adalah kode konfirmasi untuk membuat My Page (求職者マイページ) dari pendaftaran Anda di mesin lobi Hello Work.
    Masukkan 6 angka ini di layar ponsel Anda. Kode berlaku selama { $minutes } menit.

    Jika Anda tidak mendaftar, silakan hapus email ini.

srv-mail-change-code-subject = [Hello Work] Kode konfirmasi untuk mengubah alamat email
srv-mail-change-code-body =
    Kode konfirmasi: { $code }

    Ini adalah kode konfirmasi untuk mengubah alamat email My Page (求職者マイページ) menjadi alamat ini.
    Masukkan 6 angka ini di layar My Page. Kode berlaku selama { $minutes } menit.

    Jika Anda tidak memintanya, silakan hapus email ini. Alamat email Anda tidak berubah.
srv-mail-email-changed-subject = [Hello Work] Alamat email Anda sudah diubah
srv-mail-email-changed-body =
    Alamat email My Page (求職者マイページ) Anda sudah diubah menjadi { $email }.
    Mulai sekarang, masuklah dengan alamat baru. Alamat ini tidak akan menerima pemberitahuan lagi.

    Jika Anda tidak melakukan perubahan ini, segera hubungi loket Hello Work.

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = Menu My Page
srv-my-signin-title = Masuk ke My Page (求職者マイページ)
srv-my-signin-help = Jika lupa kata sandi, silakan tanyakan di loket Hello Work.
srv-my-status-title = Status pendaftaran Anda
srv-my-status-provisional = Status: diterima sementara. Setelah identitas Anda diperiksa di loket Hello Work, pendaftaran akan diterima dan Anda mendapat nomor pencari kerja (求職番号).
srv-my-status-accepted = Pendaftaran sudah diterima di loket. Nomor pencari kerja juga tercantum di kartu Hello Work (ハローワークカード).
srv-my-status-returned = Loket mengembalikan pendaftaran Anda. Silakan periksa isinya dan bicarakan dengan petugas di loket.
srv-my-registration-title = Data terdaftar
srv-my-saved = Perubahan sudah disimpan.
srv-my-edit-title = Ubah data terdaftar
srv-my-edit-lead = Anda dapat mengubah kontak dan pekerjaan yang diinginkan. Jika pindah rumah, ubah kode pos dan nomor blok/rumah.
srv-my-edit-contact = Kontak
srv-field-postcode = Kode pos
srv-field-town = Wilayah (町域)
srv-my-email-title = Ubah alamat email
srv-my-email-lead = Alamat email juga dipakai untuk masuk ke My Page (求職者マイページ). Kami mengirim kode konfirmasi ke alamat baru; setelah Anda memasukkan kode itu, alamat akan berubah. Sampai saat itu, Anda masuk dengan alamat yang sekarang.
srv-my-email-now = Alamat email sekarang
srv-field-new-email = Alamat email baru
srv-my-email-new-title = Daftarkan alamat baru
srv-field-current-password = Kata sandi sekarang
srv-my-email-password-help = Untuk memastikan identitas Anda, masukkan kata sandi My Page (マイページ).
srv-my-email-password-wrong = Kata sandi salah. Masukkan kata sandi yang Anda pakai untuk masuk ke My Page (マイページ).
srv-my-email-code-title = Masukkan kode konfirmasi
srv-my-email-code-lead = Masukkan kode konfirmasi 6 angka yang dikirim ke { $email }.
srv-my-email-confirm = Ubah
srv-my-email-same = Ini alamat email Anda yang sekarang. Untuk mengubah, masukkan alamat baru.
srv-my-email-changed = Alamat email Anda sekarang { $email }. Mulai sekarang, masuklah dengan alamat ini.
srv-my-edit-postcode-hint = 7 angka. Prefektur, kota, dan wilayah diisi dari kode pos.
srv-my-edit-town-choose = Kode pos ini mencakup beberapa wilayah. Silakan pilih wilayah tempat tinggal Anda.
srv-my-edit-work = Pekerjaan yang diinginkan
srv-my-edit-disclosure = Publikasi informasi pencarian kerja dan cara menghubungi
srv-my-edit-self-pr = Perkenalan diri dan catatan khusus

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = Halaman masuk sudah kedaluwarsa atau bukan dari situs ini. Silakan masuk lagi.
srv-my-edit-person = Nama dan tanggal lahir
srv-my-edit-checked-note = Setelah pendaftaran diterima di loket, perubahan nama, tanggal lahir, dan alamat baru berlaku setelah diperiksa petugas di loket.
srv-field-family-name = Nama keluarga
srv-field-given-name = Nama depan
srv-field-family-kana = Cara baca nama keluarga (katakana)
srv-field-given-kana = Cara baca nama depan (katakana)
srv-birth-calendar = Kalender
srv-birth-year = Tahun
srv-birth-month = Bulan
srv-birth-day = Tanggal
srv-calendar-western = Masehi (contoh: 1985)
srv-calendar-meiji = Meiji (明治)
srv-calendar-taisho = Taisho (大正)
srv-calendar-showa = Showa (昭和)
srv-calendar-heisei = Heisei (平成)
srv-calendar-reiwa = Reiwa (令和)
srv-my-change-sent = Perubahan lainnya sudah disimpan. Perubahan nama, tanggal lahir, dan alamat sudah dikirim ke loket dan akan berlaku setelah diperiksa petugas.
srv-my-change-pending-title = Perubahan yang sedang diperiksa loket
srv-my-change-pending-lead = Perubahan berikut akan berlaku setelah diperiksa petugas di loket:
srv-change-pending-title = Perubahan yang menunggu keputusan
srv-change-pending-lead = Pencari kerja mengubah data ini di My Page setelah pendaftaran diterima. Periksa (dengan dokumen identitas jika perlu), lalu putuskan apakah diberlakukan atau tidak.
srv-change-old = Sebelum
srv-change-new = Sesudah (permintaan)
srv-change-when = Waktu
srv-change-who = Diubah oleh
srv-change-action = Isi
srv-change-field = Bagian
srv-change-accept = Berlakukan perubahan
srv-change-refuse = Jangan berlakukan perubahan
srv-change-already-decided = Perubahan ini sudah diproses.
srv-change-audit-title = Catatan perubahan
srv-change-audit-none = Tidak ada perubahan nama, tanggal lahir, atau alamat.
srv-change-by-visitor = Pencari kerja (My Page)
srv-change-action-applied = Diubah
srv-change-action-requested = Diminta
srv-change-action-accepted = Diberlakukan
srv-change-action-refused = Tidak diberlakukan

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = Data yang dikirim tidak dapat dibaca sebagai JSON.
srv-problem-invalid-body = Bagian-bagian data yang dikirim tidak benar.
srv-problem-body-too-large = Data yang dikirim terlalu besar.
srv-problem-unsupported-media-type = Format data yang dikirim salah (harus application/json).
srv-problem-unauthorized = Autentikasi kios gagal. Daftarkan ulang kios.
srv-problem-idempotency-key-invalid = Kunci identifikasi pengiriman (Idempotency-Key) tidak benar.
srv-problem-idempotency-conflict = Kunci identifikasi yang sama dipakai untuk data yang berbeda.
srv-problem-envelope-malformed = Format data pendaftaran yang disegel tidak benar.
srv-problem-envelope-version-unknown = Versi data pendaftaran yang disegel tidak dikenal. Periksa perangkat lunak kios.
srv-problem-envelope-unopenable = Data pendaftaran tidak dapat dibuka. Periksa kunci server dan pendaftaran kios.
srv-problem-envelope-payload-invalid = Isi data pendaftaran tidak benar.
srv-problem-identifiers-invalid = Nomor penerimaan (受付番号), kode QR, atau waktu pengiriman ada yang tidak benar.
srv-problem-office-mismatch = Kode kantor dalam data pendaftaran tidak cocok dengan pendaftaran kios.
srv-problem-continuation-token-taken = Kode QR ini sudah dipakai untuk pendaftaran lain.
srv-problem-enrolment-code-invalid = Kode pendaftaran salah, sudah dipakai, atau sudah kedaluwarsa.
srv-problem-kiosk-id-invalid = ID kios tidak benar (huruf Latin, angka, dan . _ -, paling banyak 64 karakter).
srv-problem-kiosk-id-taken = ID kios ini sudah terdaftar di kantor lain.
srv-problem-survey-invalid = Jawaban survei di luar rentang.
srv-problem-heartbeat-invalid = Laporan operasi di luar rentang.
srv-problem-not-found = Tidak ditemukan.
srv-problem-method-not-allowed = Tindakan ini tidak dapat dilakukan.
srv-problem-rate-limited = Terlalu banyak permintaan. Tunggu sebentar lalu kirim lagi.
srv-problem-unavailable = Tidak dapat terhubung ke basis data.
srv-problem-internal = Terjadi masalah di server. Silakan coba lagi sebentar lagi.

## Counter pages

srv-counter-nav = Menu loket
srv-counter-title = Pendaftaran hari ini
srv-counter-signin-title = Masuk petugas
srv-counter-login = ID masuk
srv-counter-sign-in-failed = ID masuk atau kata sandi salah.
srv-role-admin = Administrator
srv-role-staff = Petugas
srv-counter-office = Kantor
srv-counter-all-offices = Semua kantor
srv-counter-no-offices = Belum ada kantor yang terdaftar. Daftarkan dengan `madoguchi-server kiosk add`.
srv-counter-date = Tanggal diterima
srv-counter-search = Tampilkan
srv-counter-receipt-invalid = Nomor penerimaan (受付番号) terdiri dari 6 karakter (angka 0, 1, 2, 5, 6, dan 8 tidak dipakai). Silakan periksa lagi.
srv-counter-results-day = Pendaftaran tanggal { $date } ({ $count })
srv-counter-results-receipt = Pendaftaran dengan nomor penerimaan (受付番号) { $receipt }
srv-counter-office-caption = Kode kantor { $office }
srv-counter-none = Tidak ada pendaftaran yang sesuai.
srv-counter-received-at = Waktu diterima
srv-counter-findings = Perlu diperiksa
srv-counter-back = Kembali ke daftar
srv-counter-application-page = Nomor penerimaan (受付番号) { $receipt }
srv-counter-application-title = Isi pendaftaran
srv-counter-visitor-language = Bahasa pendaftaran
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = Sudah dibuat
srv-counter-my-page-not-open = Belum dibuat
srv-counter-birth-calendar = Tanggal lahir dimasukkan dalam { $calendar }.
srv-counter-findings-title = Hal yang perlu diperiksa di loket
srv-counter-findings-lead = Ada hal berikut pada isian di kios. Periksa bersama pendaftar.
srv-counter-identity-title = Pemeriksaan identitas
srv-counter-identity-document = Dokumen yang diperiksa
srv-counter-identity-submit = Catat pemeriksaan identitas
srv-counter-identity-done = Identitas diperiksa dengan { $document } pada { $time } oleh { $by }.
srv-counter-identity-invalid = Pilih dokumen yang diperiksa.
srv-counter-decision-title = Terima atau kembalikan
srv-counter-accept-lead = Jika diterima, nomor pencari kerja (求職番号) diterbitkan. Nomor yang sudah diterbitkan tidak dapat dibatalkan.
srv-counter-accept = Terima dan terbitkan nomor pencari kerja
srv-counter-accept-needs-identity = Catat pemeriksaan identitas sebelum menerima.
srv-counter-already-decided = Pendaftaran ini sudah diterima atau dikembalikan.
srv-counter-return-reason = Alasan pengembalian
srv-counter-return-help = Alasan ini ditampilkan di My Page (求職者マイページ) pendaftar.
srv-counter-return = Kembalikan
srv-counter-return-reason-invalid = Masukkan alasan pengembalian paling banyak 500 karakter.
srv-counter-print-a4 = Cetak slip penerimaan pencari kerja (A4)
srv-counter-print-receipt = Cetak slip penerimaan pencari kerja (struk 80 mm)
srv-counter-print-hint = Cetak dengan fungsi cetak peramban (Ctrl+P).
srv-id-doc-my-number-card = Kartu My Number (マイナンバーカード)
srv-id-doc-driving-licence = SIM
srv-id-doc-residence-card = Kartu izin tinggal (在留カード)
srv-id-doc-passport = Paspor
srv-id-doc-health-insurance = Dokumen konfirmasi asuransi kesehatan
srv-id-doc-other = Dokumen lain

## Registration slip

srv-slip-title = Slip penerimaan pencari kerja (求職受付票)
srv-slip-accepted-on = Tanggal diterima
srv-slip-identity = Dokumen identitas
srv-slip-staff = Petugas
srv-slip-note = Simpan slip ini baik-baik sampai kartu Hello Work Anda tiba. Nomor pencari kerja (求職番号) juga dapat dilihat di My Page (求職者マイページ).

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Kartu skor
srv-scorecard-lead = Tingkat penggunaan daring menurut definisi rencana, per kantor, biro tenaga kerja prefektur, dan nasional, per kuartal. Pencari kerja adalah semua yang baru terdaftar: pendaftaran dari kios ditambah yang terdaftar di loket dan daring (dimasukkan atau diimpor petugas).
srv-scorecard-quarter = Kuartal (contoh: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } – { $to })
srv-scorecard-chart-title = Tingkat penggunaan daring { $name } (8 kuartal terakhir)
srv-scorecard-chart-caption = Batang menunjukkan tingkat penggunaan daring: penuh jika target 20% tercapai, arsir jika belum. Garis putus-putus adalah target 20%, garis titik-titik adalah 8,0% tahun fiskal 2019. Tabel di bawah memuat angka yang sama.
srv-scorecard-target-label = Target 20%
srv-scorecard-baseline-label = TF 2019 8,0%
srv-scorecard-legend-met = Target tercapai (penuh)
srv-scorecard-legend-not-met = Belum tercapai (arsir)
srv-scorecard-quarter-head = Kuartal
srv-scorecard-rate = Tingkat penggunaan daring
srv-scorecard-target = Target 20%
srv-scorecard-met = Tercapai
srv-scorecard-not-met = Belum tercapai
srv-scorecard-accepted = Diterima
srv-scorecard-answers = Jawaban survei
srv-scorecard-distribution = Sebaran jawaban (1–5)
srv-scorecard-mean = Rata-rata
srv-scorecard-definition-title = Definisi tingkat penggunaan daring
srv-scorecard-definition-source = Sumber: rencana dasar peningkatan tingkat penggunaan daring (22 Oktober 2021), pendaftaran pencari kerja. Dikutip dalam bahasa Jepang.
srv-scorecard-definition = Jumlah My Page (求職者マイページ) yang dibuat ÷ jumlah pencari kerja (semua pencari kerja baru, apa pun jalur pendaftarannya). Keduanya dihitung menurut tanggal pendaftaran pencari kerja (waktu Jepang), jadi tidak melebihi 100%. Tahun fiskal dimulai bulan April; kuartal 1 adalah April sampai Juni.
srv-scorecard-csv = Simpan sebagai CSV
srv-scorecard-json = Lihat JSON
srv-scorecard-print = Tampilan cetak
srv-scorecard-refresh = Hitung ulang angka sekarang
srv-scorecard-national = Nasional
srv-scorecard-kpi-title = KPI jangka menengah: 340.000 My Page (求職者マイページ) dibuat
srv-scorecard-kpi = Total dibuat { $openings } dari { $kpi } ({ $percent })
srv-scorecard-updated = Angka dihitung pada { $at } (waktu Jepang)
srv-scorecard-never-updated = Angka belum dihitung.
srv-scorecard-table-caption = Pencari kerja dan My Page yang dibuat dalam kuartal
srv-scorecard-unit = Unit
srv-scorecard-job-seekers = Pencari kerja (menurut tanggal pendaftaran)
srv-scorecard-opened = My Page dibuat
srv-scorecard-kiosk-share = Porsi kios dari yang dibuat
srv-scorecard-cumulative = Total dibuat
srv-scorecard-from-kiosk = Kios (otomatis)
srv-scorecard-from-counter = Loket (catatan petugas)
srv-scorecard-from-online = Daring (catatan petugas)
srv-scorecard-total = Total
srv-scorecard-opened-kiosk = Dari kios (otomatis)
srv-scorecard-opened-recorded = Catatan petugas
srv-scorecard-sources = “Otomatis” menghitung pendaftaran dari kios dan My Page yang dibuat dari kode QR-nya. “Catatan petugas” adalah jumlah pendaftaran di loket dan daring serta My Page yang dibuat di loket, yang dimasukkan atau diimpor petugas (halaman catatan pendaftaran menunjukkan siapa yang mencatat setiap hari dan kapan). Pendaftaran yang dikembalikan tidak dihitung.
srv-scorecard-rating-title = Survei satu pertanyaan di kios dan penerimaan
srv-scorecard-trend-title = Perkembangan 8 kuartal terakhir

srv-tally-title = Catatan jumlah pendaftaran
srv-tally-lead = Catat jumlah pencari kerja baru yang terdaftar di luar kios (kertas atau PC kantor di loket, dan daring), per hari dan per jalur. Mencatat hari dan jalur yang sama lagi akan menggantikan catatan sebelumnya.
srv-tally-saved = Sudah dicatat. Angka kartu skor juga sudah dihitung ulang.
srv-tally-one-title = Isi untuk satu hari
srv-tally-day = Tanggal pendaftaran
srv-tally-channel = Jalur
srv-tally-channel-counter = Loket (kertas, PC kantor)
srv-tally-channel-online = Daring
srv-tally-registered = Jumlah pencari kerja baru
srv-tally-opened = Jumlah My Page dibuat
srv-tally-opened-hint = Dari pencari kerja yang terdaftar hari itu, berapa yang membuat My Page (sesuai pemeriksaan di loket). Tidak melebihi jumlah pencari kerja.
srv-tally-save = Catat
srv-tally-import-title = Impor CSV harian
srv-tally-import-lead = Tempel CSV dengan baris judul di baris 1, lalu satu baris per hari dan jalur mulai baris 2. Jika ada satu saja kesalahan, tidak ada yang diimpor dan baris serta kolomnya ditampilkan.
srv-tally-csv-file = Pilih file CSV
srv-tally-csv = Atau tempel isi CSV
srv-tally-import = Impor
srv-tally-list-title = Catatan { $quarter }
srv-tally-none = Belum ada catatan untuk kuartal ini.
srv-tally-source = Sumber catatan
srv-tally-source-tally = Dimasukkan oleh { $who } ({ $at })
srv-tally-source-import = Impor CSV oleh { $who } ({ $at })
srv-tally-error-header = Baris pertama harus date,channel,registrations,my_pages_opened.
srv-tally-error-columns = Baris ini tidak berisi 4 kolom.
srv-tally-error-date = Tulis tanggal dalam bentuk 2026-10-01.
srv-tally-error-future = Tanggal ini belum tiba.
srv-tally-error-channel = Jalur harus counter atau online.
srv-tally-error-count = Tulis bilangan bulat 0 atau lebih.
srv-tally-error-opened = Jumlah My Page dibuat melebihi jumlah pencari kerja.
srv-tally-error-duplicate = Hari dan jalur yang sama muncul dua kali.
srv-tally-error-empty = Tidak ada baris selain judul.
srv-tally-error-too-many = Terlalu banyak baris. Impor secara bertahap.
srv-tally-error-unreadable = Tidak dapat dibaca sebagai CSV.
srv-tally-error-at-column = Baris { $line }, kolom { $column }: { $message }
srv-tally-error-at-line = Baris { $line }: { $message }

srv-public-title = Kartu skor tingkat penggunaan daring
srv-public-lead = Tingkat penggunaan daring untuk pendaftaran pencari kerja di Hello Work, diumumkan setiap kuartal sesuai rencana.
srv-public-withheld = Dirahasiakan
srv-public-job-seekers = Pencari kerja
srv-public-openings = My Page dibuat
srv-public-prefectures = Nasional dan biro tenaga kerja prefektur
srv-public-offices = Per kantor
srv-public-withheld-note = “Dirahasiakan” menandai angka di bawah { $min }, dan angka yang disembunyikan agar tidak dapat dihitung dari angka lain. Hal ini agar tidak ada orang yang dapat dikenali.

srv-survey-title = Survei tentang prosedur daring
srv-survey-lead = Beri tahu kami seberapa mudah mendaftar sebagai pencari kerja dan memakai My Page (求職者マイページ). Jangan menulis nama atau kontak Anda; nomor telepon dan alamat email yang tertulis akan dihapus sebelum disimpan.
srv-survey-ease = Apakah prosedurnya mudah?
srv-survey-ease-5 = Sangat mudah
srv-survey-ease-4 = Mudah
srv-survey-ease-3 = Biasa
srv-survey-ease-2 = Sulit
srv-survey-ease-1 = Sangat sulit
srv-survey-time = Berapa lama waktunya?
srv-survey-time-under-5 = Kurang dari 5 menit
srv-survey-time-5-15 = 5–15 menit
srv-survey-time-15-30 = 15–30 menit
srv-survey-time-over-30 = 30 menit atau lebih
srv-survey-hard = Apa yang sulit?
srv-survey-hard-hint = Pilih semua yang sesuai.
srv-survey-hard-finding = Tidak tahu di mana melakukan prosedurnya
srv-survey-hard-typing = Pengisian data merepotkan
srv-survey-hard-email-code = Kode konfirmasi lewat email
srv-survey-hard-password = Pengaturan kata sandi
srv-survey-hard-language = Bahasanya sulit dipahami
srv-survey-hard-other = Lainnya
srv-survey-comment = Pendapat (tidak wajib)
srv-survey-comment-hint = Paling banyak { $max } karakter. Nomor telepon, alamat email, kode pos, dan sejenisnya dihapus sebelum disimpan.
srv-survey-send = Kirim
srv-survey-error-ease = Pilih seberapa mudah prosedurnya.
srv-survey-error-time = Pilih berapa lama waktunya.
srv-survey-error-hard = Pilihan tentang apa yang sulit tidak valid.
srv-survey-thanks-title = Terima kasih
srv-survey-thanks = Jawaban Anda sudah diterima. Hasilnya dipakai untuk memperbaiki prosedur dan diumumkan paling sedikit sekali setahun.
srv-survey-invite-title = Mohon isi survei kami
srv-survey-invite = Beri tahu kami kesan Anda tentang prosedur daring lewat beberapa pertanyaan.
srv-survey-my-page-invite = Apakah mudah dipakai? Mohon jawab survei singkat.
srv-survey-report-title = Laporan survei tahunan
srv-survey-year = Tahun fiskal (contoh: 2026)
srv-survey-report-lead = Tahun fiskal { $year }: { $answers } jawaban, rata-rata kemudahan { $mean } (5 paling mudah)
srv-survey-answers = Jumlah jawaban
srv-survey-mean = Rata-rata kemudahan
srv-survey-no-office = Kantor tidak ditentukan
srv-survey-channel = Jalur jawaban
srv-survey-channel-my-page = Dari My Page
srv-survey-channel-public = Dari halaman publik
srv-survey-language = Bahasa
srv-survey-comments = Pendapat
srv-survey-comments-note = Hanya untuk petugas; tidak diumumkan. Pola data pribadi sudah dihapus sebelum disimpan.
srv-survey-no-comments = Tidak ada pendapat.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Biro Tenaga Kerja Hokkaido
srv-prefecture-02 = Biro Tenaga Kerja Aomori
srv-prefecture-03 = Biro Tenaga Kerja Iwate
srv-prefecture-04 = Biro Tenaga Kerja Miyagi
srv-prefecture-05 = Biro Tenaga Kerja Akita
srv-prefecture-06 = Biro Tenaga Kerja Yamagata
srv-prefecture-07 = Biro Tenaga Kerja Fukushima
srv-prefecture-08 = Biro Tenaga Kerja Ibaraki
srv-prefecture-09 = Biro Tenaga Kerja Tochigi
srv-prefecture-10 = Biro Tenaga Kerja Gunma
srv-prefecture-11 = Biro Tenaga Kerja Saitama
srv-prefecture-12 = Biro Tenaga Kerja Chiba
srv-prefecture-13 = Biro Tenaga Kerja Tokyo
srv-prefecture-14 = Biro Tenaga Kerja Kanagawa
srv-prefecture-15 = Biro Tenaga Kerja Niigata
srv-prefecture-16 = Biro Tenaga Kerja Toyama
srv-prefecture-17 = Biro Tenaga Kerja Ishikawa
srv-prefecture-18 = Biro Tenaga Kerja Fukui
srv-prefecture-19 = Biro Tenaga Kerja Yamanashi
srv-prefecture-20 = Biro Tenaga Kerja Nagano
srv-prefecture-21 = Biro Tenaga Kerja Gifu
srv-prefecture-22 = Biro Tenaga Kerja Shizuoka
srv-prefecture-23 = Biro Tenaga Kerja Aichi
srv-prefecture-24 = Biro Tenaga Kerja Mie
srv-prefecture-25 = Biro Tenaga Kerja Shiga
srv-prefecture-26 = Biro Tenaga Kerja Kyoto
srv-prefecture-27 = Biro Tenaga Kerja Osaka
srv-prefecture-28 = Biro Tenaga Kerja Hyogo
srv-prefecture-29 = Biro Tenaga Kerja Nara
srv-prefecture-30 = Biro Tenaga Kerja Wakayama
srv-prefecture-31 = Biro Tenaga Kerja Tottori
srv-prefecture-32 = Biro Tenaga Kerja Shimane
srv-prefecture-33 = Biro Tenaga Kerja Okayama
srv-prefecture-34 = Biro Tenaga Kerja Hiroshima
srv-prefecture-35 = Biro Tenaga Kerja Yamaguchi
srv-prefecture-36 = Biro Tenaga Kerja Tokushima
srv-prefecture-37 = Biro Tenaga Kerja Kagawa
srv-prefecture-38 = Biro Tenaga Kerja Ehime
srv-prefecture-39 = Biro Tenaga Kerja Kochi
srv-prefecture-40 = Biro Tenaga Kerja Fukuoka
srv-prefecture-41 = Biro Tenaga Kerja Saga
srv-prefecture-42 = Biro Tenaga Kerja Nagasaki
srv-prefecture-43 = Biro Tenaga Kerja Kumamoto
srv-prefecture-44 = Biro Tenaga Kerja Oita
srv-prefecture-45 = Biro Tenaga Kerja Miyazaki
srv-prefecture-46 = Biro Tenaga Kerja Kagoshima
srv-prefecture-47 = Biro Tenaga Kerja Okinawa

## Kiosk fleet

srv-fleet-title = Status operasi kios
srv-fleet-lead = Kios yang tidak mengirim laporan operasi selama { $minutes } menit atau lebih ditandai “Tidak merespons”.
srv-fleet-none = Tidak ada kios yang terdaftar.
srv-fleet-kiosk = Kios
srv-fleet-state = Status
srv-fleet-last-heartbeat = Laporan operasi terakhir
srv-fleet-version = Versi
srv-fleet-occupation-table = Tabel klasifikasi pekerjaan
srv-fleet-postcode-book = Data kode pos
srv-fleet-occupations-differs = Berbeda dari tabel server
srv-fleet-postcodes-differs = Berbeda dari data server
srv-fleet-queue = Belum terkirim
srv-fleet-last-error = Kesalahan terakhir
srv-fleet-ok = Beroperasi
srv-fleet-stale = Tidak merespons
srv-fleet-never = Belum pernah
srv-fleet-pending = Menunggu pendaftaran (kode berlaku sampai { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Waktu aktif
srv-fleet-uptime-value = { $days } hari { $hours } jam { $minutes } menit
srv-fleet-orientation = Orientasi layar
srv-fleet-orientation-portrait = Tegak
srv-fleet-orientation-landscape = Mendatar
srv-fleet-steer = Kendali
srv-fleet-command = Perintah
srv-fleet-action-wipe-screen = Hapus layar dan kembali ke awal
srv-fleet-action-send-queue = Kirim sekarang yang belum terkirim
srv-fleet-action-restart = Jalankan ulang program kios
srv-fleet-action-reboot = Nyalakan ulang kios
srv-fleet-action-apply-config = Terapkan konfigurasi
srv-fleet-action-revoke = Batalkan pendaftaran
srv-fleet-config = Berkas konfigurasi (hanya untuk “Terapkan konfigurasi”)
srv-fleet-config-label = Isi kiosk.toml
srv-fleet-send = Kirim
srv-fleet-command-sent = Perintah sudah dicatat. Kios akan menerimanya bersama laporan operasi berikutnya (dalam 1 menit).
srv-fleet-command-not-found = Kios tersebut tidak ditemukan.
srv-fleet-command-admin-only = Hanya administrator yang dapat menerapkan konfigurasi dan membatalkan pendaftaran kios.
srv-fleet-command-not-enrolled = Perintah tidak dapat dikirim ke kios yang belum didaftarkan.
srv-fleet-command-unknown = Perintah tersebut tidak ada. Pilih dari daftar.
srv-fleet-command-config-size = Berkas konfigurasi kosong atau terlalu panjang (maksimal 64 KB).
srv-fleet-silent-alert = { $count } kios tidak mengirim laporan operasi selama { $minutes } menit atau lebih. Periksa daya dan jaringannya.
srv-fleet-commands = Perintah ke kios
srv-fleet-commands-none = Belum ada perintah.
srv-fleet-command-time = Waktu
srv-fleet-command-by = Dikirim oleh
srv-fleet-command-outcome = Hasil
srv-fleet-outcome-waiting = Menunggu diterima kios
srv-fleet-outcome-delivered = Sudah diterima (menunggu hasil)
srv-fleet-outcome-done = Sudah dijalankan
srv-fleet-outcome-refused = Ditolak:
srv-name-single = (hanya satu nama)
srv-field-card-name = Nama di kartu izin tinggal (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = Publikasi informasi pencarian kerja
srv-publication-not-published = Tidak ditampilkan
srv-publication-without-employer-names = Ditampilkan tanpa nama perusahaan sebelumnya
srv-publication-published = Ditampilkan
srv-field-contact-methods = Cara menghubungi
srv-contact-method-phone = Telepon
srv-contact-method-email = Email
srv-contact-method-post = Pos
srv-field-avoid-times = Waktu yang sebaiknya tidak dihubungi
srv-field-disability = Dukungan sebagai penyandang disabilitas
srv-disability-wanted = Ingin
srv-disability-not-wanted = Tidak ingin
srv-disability-unstated = Tidak menjawab
srv-field-certificate = Buku disabilitas
srv-certificate-physical = Buku disabilitas fisik
srv-certificate-intellectual = Buku disabilitas intelektual (療育手帳)
srv-certificate-mental = Buku kesehatan dan kesejahteraan disabilitas mental
srv-certificate-none-or-pending = Tidak punya / sedang diajukan
srv-grade-level = Tingkat { $grade }
srv-field-support-needs = Penyesuaian atau dukungan yang diinginkan
srv-need-specialist-desk = Konsultasi di loket khusus
srv-need-hours = Penyesuaian jam atau hari kerja
srv-need-hospital = Penyesuaian untuk ke rumah sakit atau minum obat
srv-need-facilities = Penyesuaian fasilitas dan perpindahan
srv-need-communication = Penyesuaian cara berkomunikasi (tulisan, bahasa isyarat, dll.)
srv-need-instructions = Penyesuaian cara memberi instruksi
srv-field-support-needs-text = Hal yang ingin disampaikan tentang disabilitas
srv-disability-show = Tampilkan jawaban tentang disabilitas
srv-field-self-pr = Perkenalan diri
srv-field-notes = Catatan khusus
## More items (the application at the counter)

srv-field-nationality = Kewarganegaraan
srv-nationality-japanese = Jepang
srv-nationality-foreign = Selain Jepang
srv-field-residence-status = Status izin tinggal
srv-field-residence-expiry = Masa tinggal (tanggal berakhir)
srv-field-station = Stasiun terdekat
srv-field-commute = Cara pergi ke tempat kerja
srv-commute-walk = Jalan kaki
srv-commute-bicycle = Sepeda
srv-commute-motorbike = Sepeda motor
srv-commute-car = Mobil
srv-commute-train = Kereta
srv-commute-bus = Bus
srv-field-commute-minutes = Waktu perjalanan (sekali jalan)
srv-minutes = { $minutes } menit
srv-field-work-styles = Bentuk kerja
srv-style-full-time = Penuh waktu
srv-style-part-time = Paruh waktu
srv-field-holidays = Hari libur yang diinginkan
srv-holiday-weekends = Sabtu, Minggu, dan hari libur nasional
srv-holiday-weekdays = Hari kerja
srv-holiday-shifts = Sistem sif
srv-holiday-any = Tidak ada keinginan khusus
srv-weekday-mon = Sen
srv-weekday-tue = Sel
srv-weekday-wed = Rab
srv-weekday-thu = Kam
srv-weekday-fri = Jum
srv-weekday-sat = Sab
srv-weekday-sun = Min
srv-field-week = Jam dan hari kerja per minggu
srv-hours-a-week = { $hours } jam per minggu
srv-days-a-week = { $days } hari per minggu
srv-field-left-on = Tanggal berhenti kerja
srv-field-leaving-reason = Alasan berhenti kerja
srv-leaving-employer = Karena perusahaan
srv-leaving-own = Keinginan sendiri
srv-leaving-contract-end = Kontrak berakhir
srv-leaving-retirement = Pensiun karena usia
srv-leaving-other = Lainnya
srv-field-spouse = Pasangan (suami/istri)
srv-spouse-yes = Ada
srv-spouse-no = Tidak ada
srv-spouse-unstated = Tidak menjawab
srv-field-dependants = Tanggungan (tidak termasuk pasangan)
srv-people = { $n } orang
srv-unstated = Tidak menjawab
srv-completion-graduated = Lulus
srv-completion-withdrew = Berhenti sebelum lulus
srv-completion-enrolled = Masih belajar
srv-completion-expected = Akan lulus
srv-employment-casual = Kerja sambilan (arubaito)
srv-employment-other = Lainnya
srv-score = Skor { $score }
srv-year-obtained = Diperoleh tahun { $year }
srv-job-occupation = Jenis pekerjaan
srv-field-commute-minutes-unit = Waktu perjalanan (sekali jalan, menit)
srv-field-weekly-hours-unit = Jam kerja per minggu (jam)
srv-field-days-per-week-unit = Hari kerja per minggu (hari)

## Staff calls from the kiosks (counter console)
srv-calls-title = Panggilan petugas
srv-calls-none = Tidak ada panggilan.
srv-calls-notice = Petugas dipanggil di kios { $kiosk } ({ $place })
srv-calls-screen = Layar: { $screen }
srv-calls-acknowledge = Saya ke sana
srv-calls-acknowledged = Petugas sedang menuju ke sana.
srv-calls-screen-attract = Layar awal
srv-calls-screen-consent = Persetujuan
srv-calls-screen-basic = Data diri
srv-calls-screen-contact = Alamat dan kontak
srv-calls-screen-disclosure = Publikasi dan kontak
srv-calls-screen-desired-work = Pekerjaan yang diinginkan
srv-calls-screen-situation = Keadaan sekarang
srv-calls-screen-education = Pendidikan dan kualifikasi
srv-calls-screen-work-history = Riwayat kerja
srv-calls-screen-disability = Disabilitas
srv-calls-screen-self-pr = Perkenalan diri
srv-calls-screen-review = Konfirmasi
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Selesai

## Staff codes (counter console)
srv-staff-codes-title = Kode petugas
srv-staff-codes-lead = Kode untuk setiap orang, untuk membantu di kios tanpa menghapus layar orang yang sedang mengisi. Nonaktifkan kode orang yang sudah berhenti atau dipindahtugaskan.
srv-staff-codes-name = Nama
srv-staff-codes-add = Buat kode
srv-staff-codes-made = Kode untuk { $name } sudah dibuat.
srv-staff-codes-once = Kode ini hanya ditampilkan sekarang. Sampaikan kepada pemiliknya.
srv-staff-codes-none = Belum ada kode.
srv-staff-codes-added = Waktu dibuat
srv-staff-codes-revoke = Nonaktifkan
srv-staff-codes-revoked = Nonaktif ({ $at })
srv-staff-codes-name-invalid = Masukkan nama 1 sampai 40 karakter, tanpa baris baru.
srv-staff-assists-title = Catatan bantuan di kios
srv-staff-assists-none = Belum ada catatan.
srv-staff-assists-when = Waktu

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Ubah riwayat kerja (職歴)
srv-my-jobs-lead = Anda dapat mendaftarkan tempat-tempat Anda pernah bekerja, mulai dari yang terbaru. Perubahan langsung berlaku, dan petugas di loket juga melihatnya.
srv-my-jobs-none = Belum ada riwayat kerja yang terdaftar.
srv-my-jobs-entry = Pekerjaan { $n }
srv-my-jobs-edit = Ubah
srv-my-jobs-remove = Hapus
srv-my-jobs-add = Tambah pekerjaan
srv-my-jobs-max = Anda dapat mendaftarkan hingga { $max } pekerjaan. Pekerjaan yang lebih lama, silakan sampaikan kepada petugas di loket.
srv-my-jobs-saved = Riwayat kerja sudah disimpan.
srv-my-jobs-removed = Satu pekerjaan sudah dihapus dari riwayat kerja.
srv-my-jobs-open = Lihat atau ubah riwayat kerja (職歴)
srv-my-job-edit-title = Ubah pekerjaan { $n }
srv-my-job-back = Kembali ke riwayat kerja
srv-my-job-employer = Tempat kerja (勤務先)
srv-my-job-period = Masa kerja
srv-my-job-present = sekarang
srv-my-job-from = Tahun dan bulan mulai bekerja (入社)
srv-my-job-to = Tahun dan bulan berhenti (退社)
srv-my-job-date-hint = Dalam kalender Masehi atau era Jepang, misalnya 2019/4 atau 平成31年4月.
srv-my-job-to-hint = Jika masih bekerja di sana, kosongkan saja.
srv-my-job-employment-type = Jenis hubungan kerja (雇用形態)
srv-my-job-duties = Pekerjaan yang dilakukan
srv-my-job-duties-hint = Contoh: kasir dan menata barang di supermarket
srv-my-job-changed = Pekerjaan ini sudah diubah di tempat lain (misalnya di jendela lain). Silakan periksa isinya sekarang, lalu coba lagi.
srv-my-job-remove-title = Hapus pekerjaan ini?
srv-my-job-remove-lead = Setelah dihapus, petugas di loket juga tidak dapat melihatnya lagi. Jika perlu, Anda dapat menambahkannya lagi nanti.
srv-my-choice-not-accepted = Pilihan ini tidak dapat diterima. Silakan pilih lagi dari daftar.
srv-my-disability-section = Tentang disabilitas (障害について, tidak wajib)
srv-my-disability-closed = Jawaban Anda tidak ditampilkan sampai Anda membukanya dengan tombol di bawah.
srv-my-disability-open = Buka dan ubah jawaban tentang disabilitas
srv-my-disability-title = Tentang disabilitas (障害について)
srv-my-disability-lead = Menjawab atau tidak adalah pilihan Anda. Hanya petugas di loket yang melihat jawaban Anda. Perubahan langsung berlaku.
srv-my-disability-support = Apakah Anda ingin terdaftar dan mendapat dukungan sebagai penyandang disabilitas?
srv-my-disability-details-note = Buku, tingkat, dan dukungan di bawah hanya disimpan jika Anda memilih “Ingin”.
srv-my-disability-grade = Tingkat atau derajat (等級・程度)
srv-my-disability-grade-hint = Pilih dari daftar tingkat atau derajat yang tertulis di buku Anda. Jika tidak yakin, biarkan “Belum dipilih”.
srv-my-disability-needs-hint = Boleh memilih lebih dari satu.
srv-my-disability-clear-title = Hapus jawaban
srv-my-disability-clear-lead = Ini menghapus semua jawaban Anda tentang disabilitas. Petugas di loket tidak akan melihatnya lagi, dan tidak ada catatan yang disimpan. Anda dapat menjawab lagi kapan saja.
srv-my-disability-clear = Hapus semua jawaban
srv-my-disability-cleared = Semua jawaban Anda tentang disabilitas sudah dihapus.
srv-change-value-private = (isi tidak dicatat)
