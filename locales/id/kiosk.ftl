# Madoguchi kiosk screens (Bahasa Indonesia). Keep the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work – Pendaftaran pencari kerja
text-missing = (ada karakter yang tidak dapat ditampilkan)
size-standard = Standar
size-large = Besar
size-xlarge = Sangat besar
dialog-close = Tutup

## Attract

attract-title = Daftar sebagai pencari kerja di Hello Work
attract-lead = Di sini Anda dapat mengisi pendaftaran untuk mencari kerja. Setelah selesai, tunjukkan nomor penerimaan (受付番号) di loket.
attract-start = Mulai
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Sentuh layar untuk mulai
attract-duration = Pengisian memakan waktu sekitar 10 menit.
attract-language = Bahasa / ことば
attract-size = Ukuran huruf
attract-theme = Warna layar
theme-standard = Biasa
theme-contrast = Kontras tinggi
theme-dark = Latar hitam
layout-reach = Tampilkan di bawah
layout-reach-help = Menaruh tombol dan papan ketik di separuh bawah layar (untuk pengguna kursi roda dan lainnya).
attract-help = Jika ada yang kurang jelas, silakan tanyakan kepada petugas di dekat Anda.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Panduan suara
speech-toggle-help = Membacakan layar melalui headphone. Tombol * pada keypad juga bisa menyalakan dan mematikannya.
speech-on = Panduan suara menyala. Judul dan petunjuk setiap layar, kolom yang Anda sentuh, dan tombol yang Anda tekan akan dibacakan.
speech-off = Panduan suara dimatikan.
speech-form-hint = Sentuh kolom untuk mendengar namanya dan isi yang sudah Anda masukkan. Setelah selesai, tekan Berikutnya.
speech-empty = kosong
speech-checked = dicentang
speech-unchecked = tidak dicentang

## Not ready

notready-title = Sedang disiapkan
notready-body = Mesin ini belum dapat dipakai saat ini.
    Mohon maaf, silakan datang ke loket.
notready-staff = Untuk petugas: pendaftaran mesin belum selesai (ID mesin: { $kiosk }).
notready-staff-error = Untuk petugas: informasi mesin tidak dapat dibaca (kode: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Mulai dari awal
nav-next = Berikutnya
nav-back = Kembali
nav-return-review = Kembali ke layar konfirmasi
nav-back-review = Kembali ke layar konfirmasi
nav-busy = Sedang memeriksa…
reset-title = Mulai dari awal?
reset-body = Semua isian Anda akan dihapus.
reset-confirm = Hapus dan mulai lagi
reset-cancel = Lanjutkan mengisi
idle-title = Apakah Anda masih melanjutkan?
idle-body = Dalam { $seconds } detik, semua isian akan dihapus dan layar kembali ke awal. Untuk melanjutkan, sentuh layar.
idle-continue = Lanjutkan
error-title = Terjadi masalah
error-ask-staff = Silakan hubungi petugas. Isian Anda tidak hilang.
error-generic = Terjadi masalah saat memproses.
error-unreachable = Mesin tidak dapat berkomunikasi secara internal.
error-unexpected = Mesin mengalami masalah yang tidak terduga.

## Steps

step-basic = Data diri
step-contact = Alamat dan kontak
step-desired-work = Pekerjaan yang diinginkan
step-situation = Keadaan sekarang
step-education = Pendidikan dan kualifikasi
step-work-history = Riwayat kerja
step-review = Konfirmasi
step-my-page = My Page
step-progress = Langkah { $current } / { $total }

## Fields

field-required = Wajib
field-optional = Tidak wajib
field-error-label = Kesalahan:
field-warning-label = Mohon periksa:
field-error-generic = Silakan periksa isian Anda.
field-warning-generic = Silakan pastikan isian ini benar.
choice-none = Belum dipilih
list-remove = Hapus
summary-errors-title = Silakan perbaiki { $count } bagian
summary-warnings-title = Mohon periksa
summary-warnings-hint = Jika sudah benar, tekan “Berikutnya” sekali lagi.
unit-year = tahun
unit-month = bulan
unit-day = tanggal
unit-yen = yen

## Consent

consent-title = Penanganan informasi pribadi
consent-lead = Silakan baca sebelum mendaftar.
consent-purpose-title = Tujuan penggunaan
consent-purpose-body = Informasi yang Anda masukkan digunakan oleh { $office } untuk menerima pendaftaran pencari kerja dan menjalankan layanan penempatan kerja serta layanan ketenagakerjaan lainnya. Informasi ini tidak digunakan untuk tujuan lain.
consent-recorded-title = Yang dicatat dan dikirim ke Hello Work
consent-recorded-body = Nama dan cara bacanya, tanggal lahir, jenis kelamin (jika dijawab), kewarganegaraan dan status izin tinggal (jika dijawab), alamat, stasiun terdekat dan cara pergi kerja, nomor telepon, alamat email, pekerjaan yang diinginkan, keadaan sekarang (tanggal dan alasan berhenti kerja; pasangan dan tanggungan jika dijawab), pendidikan dan kualifikasi, riwayat kerja, dan keinginan membuat My Page. Untuk survei, hanya nilai dan alasan yang Anda pilih yang dicatat.
consent-retention-title = Lama penyimpanan
consent-retention-body = Hello Work menyimpan data yang dikirim selama jangka waktu yang ditetapkan undang-undang dan peraturan. Pendaftaran pencari kerja berlaku sampai akhir bulan kedua setelah bulan pendaftaran (diperpanjang jika Anda menerima konsultasi atau rujukan kerja).
consent-kiosk-title = Yang tertinggal di mesin ini
consent-kiosk-body = Tidak ada yang tertinggal di mesin ini. Semua isian dihapus saat Anda menekan “Selesai”, atau jika mesin tidak disentuh selama beberapa waktu.
consent-agree = Saya sudah membaca hal di atas dan setuju
consent-must-agree = Setelah Anda setuju, tombol “Berikutnya” dapat ditekan.

## 基本情報

basic-title = Data diri
basic-family-name = Nama keluarga (marga)
basic-family-name-help = Jika tidak dapat menulis kanji, katakana atau huruf Latin juga boleh.
basic-given-name = Nama depan
basic-kana-only = Saya tidak dapat menulis nama dalam kanji (memakai katakana)
basic-family-kana = Cara baca nama keluarga (katakana)
basic-kana-help = Silakan masukkan dalam katakana. Hiragana otomatis diubah menjadi katakana.
basic-kana-suggest = Apakah nama Anda dibaca seperti ini? Jika benar, sentuh untuk mengisi furigana.
basic-given-kana = Cara baca nama depan (katakana)
basic-birth-date = Tanggal lahir
basic-birth-date-help = Pilih tahun Masehi atau era Jepang, lalu masukkan tahun, bulan, dan tanggal.
basic-calendar = Kalender
basic-birth-year = Tahun lahir
basic-birth-month = Bulan lahir
basic-birth-day = Tanggal lahir
basic-era-first-year = Untuk tahun pertama era (元年), masukkan “1” atau “元”.
era-western = Masehi (contoh: 1990)
era-meiji = Meiji (明治)
era-taisho = Taisho (大正)
era-showa = Showa (昭和)
era-heisei = Heisei (平成)
era-reiwa = Reiwa (令和)
basic-sex = Jenis kelamin
basic-sex-help = Jika tidak ingin menjawab, pilih “Tidak menjawab”.
sex-female = Perempuan
sex-male = Laki-laki
sex-unstated = Tidak menjawab

## 住所・連絡先

contact-title = Alamat dan kontak
contact-postcode = Kode pos
contact-postcode-help = Masukkan 7 angka lalu tekan “Cari alamat”.
contact-postcode-mark = 〒
contact-lookup = Cari alamat
contact-lookup-busy = Sedang mencari…
contact-pick-town = Silakan pilih alamat Anda
contact-town-whole = (tanpa nama wilayah)
contact-prefecture = Prefektur (都道府県)
contact-city = Kota, distrik, kota kecil, desa (市区町村)
contact-town = Wilayah (町域)
contact-street = Nomor blok dan rumah (番地)
contact-street-help = Contoh: 1-2-3
contact-building = Nama gedung dan nomor kamar
contact-building-help = Contoh: Midori Heights 101
contact-phone = Nomor telepon
contact-phone-help = Nomor yang dapat dihubungi pada siang hari. Tanda hubung boleh tidak dipakai.
contact-email = Alamat email
contact-email-help = Dipakai saat membuat My Page (マイページ).

## 希望する仕事

work-title = Pekerjaan yang diinginkan
work-occupations = Jenis pekerjaan yang diinginkan
work-occupations-help = Dapat memilih sampai 3. Pilihan pertama adalah pilihan utama.
work-occupation-rank = Pilihan { $rank }
work-occupation-add = Pilih jenis pekerjaan
work-occupation-full = Sudah memilih 3. Untuk mengganti, hapus salah satunya.
work-picker-title = Pilih jenis pekerjaan
work-picker-browse = Pilih dari klasifikasi
work-picker-search = Cari dengan kata
work-picker-major-hint = Silakan pilih bidang yang paling dekat.
work-picker-back-major = Kembali ke daftar bidang
work-picker-search-label = Nama pekerjaan
work-picker-search-help = Silakan masukkan dalam katakana. Contoh: カイゴ (perawatan), ジム (kantor), ケンセツ (konstruksi)
work-picker-no-result = Tidak ditemukan. Coba kata lain, atau pilih dari klasifikasi.
work-picker-loading = Memuat…
work-picker-close = Tutup
occ-unknown = Jenis pekerjaan (kode { $code })
work-employment-types = Status kerja
work-employment-types-help = Silakan pilih semua yang Anda inginkan.
employment-full-time = Karyawan tetap
employment-part-time = Paruh waktu (part-time)
employment-dispatch = Tenaga alih daya (haken)
employment-contract = Karyawan kontrak
work-locations = Lokasi kerja yang diinginkan
work-locations-help = Silakan masukkan nama prefektur atau kota.
work-location-add = Tambah lokasi kerja
work-wage = Upah yang diinginkan
work-wage-help = Jumlah paling rendah yang Anda inginkan. Jika tidak ada keinginan khusus, biarkan kosong.
wage-monthly = Bulanan
wage-hourly = Per jam
work-wage-amount = Jumlah
work-hours = Jam kerja yang diinginkan
work-hours-help = Contoh: 9:00–17:00. Jika tidak ada keinginan khusus, biarkan kosong.
work-hours-start = Mulai
work-hours-end = Selesai
work-hours-to = –
work-days = Hari Anda dapat bekerja
weekday-mon = Sen
weekday-tue = Sel
weekday-wed = Rab
weekday-thu = Kam
weekday-fri = Jum
weekday-sat = Sab
weekday-sun = Min

## 現在の状況

situation-title = Keadaan sekarang
situation-employment = Apakah Anda sedang bekerja sekarang?
situation-employed = Sedang bekerja
situation-not-employed = Tidak bekerja (sudah berhenti)
situation-student = Pelajar/mahasiswa
situation-insurance = Apakah Anda berencana menerima tunjangan asuransi ketenagakerjaan (雇用保険, tunjangan pengangguran)?
situation-insurance-help = Jika memilih “Tidak tahu”, Anda dapat berkonsultasi di loket.
insurance-yes = Berencana menerima
insurance-no = Tidak menerima
insurance-unsure = Tidak tahu

## 学歴・資格

education-title = Pendidikan dan kualifikasi
education-final-level = Pendidikan terakhir
level-junior-high = SMP
level-high-school = SMA
level-vocational = Sekolah kejuruan (senmon gakkō)
level-junior-college = Akademi/diploma, sekolah tinggi teknik
level-university = Universitas
level-graduate = Pascasarjana
level-other = Lainnya
education-school-name = Nama sekolah
education-school-name-help = Nama sekolah terakhir yang Anda ikuti.
education-graduation-year = Tahun lulus (selesai atau berhenti)
education-graduation-year-help = Boleh tahun Masehi atau era Jepang. Contoh: 2008, 平成20, H20. Jika tidak ingat, biarkan kosong.
education-qualifications = Lisensi dan kualifikasi
education-qualifications-help = Contoh: SIM mobil biasa, pekerja perawatan bersertifikat, JLPT N2
education-qualification-add = Tambah lisensi atau kualifikasi

## 職歴

history-title = Riwayat kerja
history-help = Mulailah dari pekerjaan terbaru. Jika belum pernah bekerja, langsung tekan “Berikutnya”.
history-none = Belum ada riwayat kerja yang diisi.
history-entry = Pekerjaan { $n }
history-add = Tambah riwayat kerja
history-remove = Hapus riwayat kerja ini
history-employer = Tempat kerja (nama perusahaan)
history-duties = Isi pekerjaan
history-duties-help = Contoh: kasir dan menata barang di supermarket
history-from = Tahun dan bulan mulai bekerja (Masehi atau era Jepang)
history-to = Tahun dan bulan berhenti (Masehi atau era Jepang)
history-to-help = Jika masih bekerja di sana, biarkan kosong.
history-year = Tahun (Masehi atau era Jepang)
history-month = Bulan
history-employment-type = Status kerja

## 確認

review-title = Konfirmasi isian
review-lead = Silakan periksa semua isian. Untuk mengubah, tekan “Ubah”.
review-blocked = Ada bagian yang perlu diperbaiki. Tekan “Ubah” di kotak merah.
review-edit = Ubah
review-empty = Belum diisi
review-none = Tidak ada
review-yes = Ya
review-name = Nama
review-kana = Cara baca (katakana)
review-birth-date = Tanggal { $day } bulan { $month } tahun { $era } { $year }
review-birth-date-western = Tanggal { $day } bulan { $month } tahun { $year } (Masehi)
review-postcode = 〒{ $first }-{ $last }
review-address = Alamat
review-wage = { $kind }, paling sedikit { $amount } yen
review-hours = { $start } – { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = Masa
review-period = { $from } – { $to }
review-present = sekarang

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = Dengan My Page (マイページ), Anda dapat memeriksa isi dan status pendaftaran ini dari ponsel atau komputer Anda sendiri.
mypage-benefit-status = Memeriksa status pendaftaran (diterima sementara, diterima)
mypage-benefit-edit = Melihat data yang didaftarkan dan mengubah kontak serta pekerjaan yang diinginkan
mypage-benefit-email = Mengubah alamat email yang dipakai untuk masuk
mypage-want = Buat My Page
mypage-decline = Tidak sekarang
mypage-email-help = Kami akan mengirim panduan pendaftaran ke alamat ini. Masukkan dengan huruf Latin dan angka.
mypage-password = Kata sandi tidak diatur di mesin ini. Anda akan mengaturnya nanti di ponsel Anda sendiri.
mypage-declined = Anda dapat membuat My Page (マイページ) nanti. Silakan tanyakan di loket.
mypage-submit = Daftar
mypage-submit-note = Saat Anda menekan “Daftar”, isian Anda dikirim ke Hello Work.

## 完了

done-title = Pendaftaran Anda sudah diterima
done-receipt-label = Nomor penerimaan (受付番号)
done-next-counter = Silakan tunjukkan nomor penerimaan (受付番号) ini di loket.
done-qr-label = Kode QR untuk melanjutkan di ponsel
done-next-qr = Pindai kode QR dengan ponsel untuk melanjutkan pendaftaran.
done-next-qr-mypage = Pindai kode QR dengan ponsel, lalu atur kata sandi My Page.
done-finish = Selesai
done-auto = Kembali ke layar awal dalam { $seconds } detik.
survey-title = Apakah mesin ini mudah dipakai?
survey-1 = Sangat sulit
survey-2 = Sulit
survey-3 = Biasa
survey-4 = Mudah
survey-5 = Sangat mudah
survey-reason-title = Jika ada alasannya, silakan pilih (tidak wajib)
survey-reason-easy = Mudah dipahami
survey-reason-quick = Cepat selesai
survey-reason-hard-to-read = Sulit dibaca
survey-reason-slow = Memakan waktu lama
survey-reason-keyboard = Sulit mengetik huruf
survey-reason-other = Lainnya
survey-thanks = Terima kasih atas kerja sama Anda.

## On-screen keyboard

kb-label = Papan ketik layar
kb-mode = Jenis papan ketik
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Spasi
kb-backspace = Hapus satu karakter
kb-close = Tutup papan ketik
kb-shift = Huruf besar
kb-dakuten = Tanda dakuten (゛)
kb-handakuten = Tanda handakuten (゜)
kb-small = kecil
kb-small-label = Kana kecil
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = PIN petugas
staff-pin-lead = Masukkan PIN (4 sampai 8 angka) lalu tekan “OK”.
staff-pin-count = { $count } angka dimasukkan
staff-pin-ok = OK
staff-pin-cancel = Batal
staff-busy = Sedang memeriksa…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = PIN salah 5 kali, jadi mode petugas untuk sementara tidak dapat dipakai. Silakan tunggu { $minutes } menit lagi.

staff-title = Mode petugas
staff-read-at = Per { $time }
staff-lead = Status pengiriman pendaftaran dari mesin ini. Isian pengguna tidak ditampilkan. Setelah selesai, tekan “Tutup”.
staff-enrolled = Pendaftaran ke server
staff-enrolled-yes = Terdaftar
staff-enrolled-no = Belum terdaftar (tidak dapat menerima pendaftaran)
staff-enroll-help = Untuk mendaftarkan mesin ini, jalankan `madoguchi-server kiosk add` di server untuk menerbitkan kode pendaftaran, lalu jalankan `madoguchi-kiosk enroll --server URL --code-file FILE` di mesin ini (URL adalah alamat server, FILE adalah berkas berisi kode yang diterbitkan; jika berkas konfigurasi tidak memuat kunci server, tambahkan `--server-fingerprint` dengan sidik jari yang ditampilkan `madoguchi-server keygen`). Setelah itu, jalankan ulang kios.
staff-server-url = URL server
staff-not-set = Belum diatur
staff-queue = Pendaftaran yang menunggu dikirim
staff-count = { $count }
staff-refused = Pendaftaran yang ditolak server
staff-last-success = Pengiriman berhasil terakhir
staff-never = Belum ada
staff-last-error = Kesalahan terakhir
staff-no-error = Tidak ada
staff-version = Versi
staff-kiosk = ID mesin / kode kantor
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Kirim sekarang
staff-sync-requested = Pengiriman sudah dimulai. Tampilan akan diperbarui dalam beberapa detik.
staff-refresh = Perbarui
staff-close = Tutup

basic-single-name = Saya hanya punya satu nama: kartu izin tinggal (在留カード) tidak mencantumkan nama depan
basic-card-name = Nama di kartu izin tinggal (在留カード), dengan huruf Latin
basic-card-name-help = Jika Anda punya kartu izin tinggal (在留カード), masukkan persis seperti tertulis di kartu (contoh: NGUYEN THI LAN). Jika tidak punya, biarkan kosong.
kb-mode-write = Tulis tangan
kb-convert = Kanji (変換)
kb-candidates = Saran
kb-pad-label = Bidang tulis tangan: tulis satu karakter demi satu dengan jari
kb-pad-hint = Tulis satu karakter di sini
kb-pad-undo = Hapus satu goresan
kb-pad-clear = Tulis ulang
kb-pad-empty = Saran akan muncul di sini saat Anda menulis
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Tulis dalam aksara Tionghoa sederhana: bentuk huruf Jepang ditampilkan lebih dulu
kb-pad-hint-chinese = Tulis satu karakter di sini (aksara sederhana)
kb-variants = Bentuk lain huruf (異体字)
kb-variants-hint = Ketuk untuk memilih bentuk lain (髙, 﨑…)
kb-variants-none = Huruf ini tidak punya bentuk lain
kb-variants-close = Tutup
kb-accents = Huruf beraksen

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = Publikasi dan kontak
step-disability = Disabilitas
step-self-pr = Perkenalan diri
disclosure-title = Publikasi informasi pencarian kerja dan cara menghubungi
disclosure-lead = Silakan pilih apakah perusahaan yang mencari karyawan boleh melihat informasi pencarian kerja Anda, dan bagaimana Hello Work menghubungi Anda.
disclosure-publication = Apakah informasi pencarian kerja Anda boleh dilihat perusahaan?
disclosure-publication-help = Jika boleh, perusahaan mungkin menghubungi Anda untuk mengajak melamar. Apa pun pilihan Anda, nama, alamat, nomor telepon, dan alamat email tidak pernah ditampilkan.
publication-not-published = Tidak ditampilkan
publication-without-employer-names = Ditampilkan (tanpa nama perusahaan tempat bekerja dulu)
publication-published = Ditampilkan (termasuk nama perusahaan tempat bekerja dulu)
disclosure-contact-methods = Cara Hello Work menghubungi Anda
disclosure-contact-methods-help = Boleh memilih lebih dari satu. Email dikirim ke alamat yang Anda isi di “Alamat dan kontak”.
contact-method-phone = Telepon
contact-method-email = Email
contact-method-post = Pos
disclosure-avoid-times = Waktu yang sebaiknya tidak dihubungi
disclosure-avoid-times-help = Contoh: hari kerja pukul 9:00–17:00 (sedang bekerja)
disability-title = Tentang disabilitas
disability-lead = Layar ini tidak wajib dijawab. Hanya petugas di loket yang melihat jawaban Anda. Di layar konfirmasi pun, jawaban tidak ditampilkan sampai Anda menekan “Tampilkan”.
disability-support = Apakah Anda ingin terdaftar dan mendapat dukungan sebagai penyandang disabilitas?
disability-support-help = Anda dapat ditawari lowongan untuk penyandang disabilitas dan berkonsultasi di loket khusus.
disability-support-wanted = Ingin
disability-support-not-wanted = Tidak ingin
disability-support-unstated = Tidak menjawab
disability-certificate = Buku disabilitas
certificate-physical = Buku disabilitas fisik
certificate-intellectual = Buku disabilitas intelektual (療育手帳)
certificate-mental = Buku kesehatan dan kesejahteraan disabilitas mental
certificate-none-or-pending = Tidak punya / sedang diajukan
disability-grade = Tingkat
disability-grade-help = Pilih tingkat yang tertulis di buku. Jika tidak tahu, biarkan “Belum dipilih”.
grade-level = Tingkat { $grade }
grade-intellectual-a = A (berat)
grade-intellectual-b = B (selain A)
grade-as-written = { $grade }
disability-needs = Penyesuaian atau dukungan yang diinginkan
disability-needs-help = Boleh memilih lebih dari satu.
need-specialist-desk = Ingin berkonsultasi di loket khusus
need-hours = Penyesuaian jam atau hari kerja
need-hospital = Penyesuaian untuk ke rumah sakit atau minum obat
need-facilities = Penyesuaian fasilitas dan perpindahan (kursi roda, anak tangga, dll.)
need-communication = Penyesuaian cara berkomunikasi (tulisan, bahasa isyarat, dll.)
need-instructions = Penyesuaian cara memberi instruksi (tertulis, satu per satu)
disability-needs-text = Hal lain yang ingin disampaikan
disability-needs-text-help = Contoh: Saya sulit melakukan pekerjaan yang harus berdiri lama.
disability-skip = Lewati layar ini
selfpr-title = Perkenalan diri dan catatan khusus
selfpr-lead = Keduanya tidak wajib. Tulisan Anda dipakai saat konsultasi di loket dan saat memperkenalkan Anda ke perusahaan.
selfpr-appeal = Perkenalan diri
selfpr-appeal-help = Keahlian, pengalaman, cara memanfaatkan kualifikasi, dan sebagainya. Contoh: Saya sudah 10 tahun bekerja di bidang layanan pelanggan.
selfpr-notes = Catatan khusus
selfpr-notes-help = Hal yang ingin disampaikan ke loket. Contoh: Saya dapat mulai bekerja bulan April. Saya harus mengantar-jemput anak.
text-count = { $count } / { $max } karakter
review-hidden = Tidak ditampilkan agar tidak terlihat oleh orang di sekitar.
review-show = Tampilkan
review-hide = Sembunyikan
kb-newline = Baris baru
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Kewarganegaraan
basic-nationality-japanese = Jepang
basic-nationality-foreign = Selain Jepang
basic-country = Kewarganegaraan (negara atau wilayah)
basic-country-help = Contoh: Indonesia, Vietnam, Brasil
basic-residence-status = Status izin tinggal
basic-residence-status-help = Pilih “status izin tinggal” (在留資格) yang tertulis di kartu izin tinggal (在留カード). Petugas di loket akan memeriksa pekerjaan apa yang boleh Anda lakukan.
basic-residence-status-choose = Pilih status izin tinggal
basic-residence-status-change = Pilih lagi
basic-residence-status-title = Silakan pilih status izin tinggal
basic-residence-expiry = Masa tinggal (tanggal berakhir)
basic-residence-expiry-help = Yaitu “masa tinggal (tanggal berakhir)” di kartu izin tinggal (在留カード). Penduduk tetap dan penduduk tetap khusus biarkan kosong.
contact-station = Stasiun terdekat
contact-station-help = Masukkan nama stasiun lengkap dengan “駅” (contoh: 新宿駅).
contact-commute = Cara pergi ke tempat kerja
contact-commute-help = Pilih semua yang dapat Anda pakai.
commute-walk = Jalan kaki
commute-bicycle = Sepeda
commute-motorbike = Sepeda motor
commute-car = Mobil
commute-train = Kereta
commute-bus = Bus
contact-commute-minutes = Waktu perjalanan (sekali jalan)
contact-commute-minutes-help = Berapa menit paling lama? Contoh: 30
unit-minutes = menit
unit-hours = jam
unit-days = hari
unit-people = orang
work-styles = Bentuk kerja
work-styles-help = Penuh waktu atau paruh waktu. Boleh memilih keduanya.
style-full-time = Penuh waktu
style-part-time = Paruh waktu
employment-casual = Kerja sambilan (arubaito)
employment-other = Lainnya
work-holidays = Hari libur yang diinginkan
holiday-weekends = Sabtu, Minggu, dan hari libur nasional
holiday-weekdays = Hari kerja
holiday-shifts = Sistem sif
holiday-any = Tidak ada keinginan khusus
work-days-off = Hari lain yang ingin libur
work-weekly-hours = Jam kerja per minggu
work-weekly-hours-help = Contoh: 40
work-days-per-week = Hari kerja per minggu
work-days-per-week-help = Contoh: 5
situation-left-on = Tanggal berhenti kerja (hari berhenti dari pekerjaan sebelumnya)
situation-left-on-help = Boleh era Jepang atau Masehi. Jika tidak ingat, biarkan kosong.
situation-leaving-reason = Alasan berhenti kerja
leaving-employer = Karena perusahaan (PHK, bangkrut, dll.)
leaving-own = Atas keinginan sendiri
leaving-contract-end = Kontrak berakhir
leaving-retirement = Pensiun karena usia
leaving-other = Lainnya
situation-spouse = Pasangan (suami/istri)
spouse-yes = Ada
spouse-no = Tidak ada
spouse-unstated = Tidak menjawab
situation-dependants = Jumlah tanggungan (tidak termasuk pasangan)
situation-dependants-help = Jika tidak ada, masukkan 0.
situation-dependants-unstated = Tidak menjawab
education-department = Fakultas dan jurusan
education-department-help = Contoh: Fakultas Ekonomi, Jurusan Ilmu Ekonomi
education-completion = Lulus, berhenti, dll.
completion-graduated = Lulus
completion-withdrew = Berhenti sebelum lulus
completion-enrolled = Masih belajar
completion-expected = Akan lulus
education-qualification-entry = Lisensi atau kualifikasi { $n }
education-qualification-search = Cari di daftar (ketik nama atau cara bacanya, contoh: かいご)
education-qualification-none-found = Tidak ada di daftar. Silakan tulis namanya di kotak di bawah.
education-qualification-chosen = Lisensi atau kualifikasi yang dipilih
education-qualification-name = Jika tidak ada di daftar, tulis namanya
education-qualification-score = Skor
education-qualification-year = Tahun diperoleh
education-qualification-year-help = Masehi atau era Jepang. Contoh: 2015, 平成27
education-qualification-remove = Hapus
education-qualification-change = Pilih lagi
education-qualification-max = Anda dapat memasukkan paling banyak { $max } lisensi dan kualifikasi. Silakan sampaikan yang lain di loket.
history-occupation = Jenis pekerjaan
history-occupation-choose = Pilih jenis pekerjaan
history-occupation-change = Pilih lagi
history-leaving-reason = Alasan berhenti kerja
history-max = Anda dapat memasukkan paling banyak { $max } riwayat kerja. Silakan sampaikan yang lain kepada petugas di loket.
review-commute-minutes = { $minutes } menit
review-weekly-hours = { $hours } jam per minggu
review-days-per-week = { $days } hari per minggu
review-dependants = { $n } orang
review-score = Skor { $score }
review-year-obtained = Diperoleh tahun { $year }
review-with-details = { $name } ({ $details })
date-year = Tahun
date-month = Bulan
date-day = Tanggal

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Isi dengan Kartu My Number
card-start-help = Jika Anda memiliki Kartu My Number (マイナンバーカード), nama, alamat, tanggal lahir, dan jenis kelamin dapat dibaca dari kartu. Cara baca nama dalam katakana (フリガナ) tidak ada di kartu, jadi silakan isi sendiri.
card-title = Isi dengan Kartu My Number
card-place = Letakkan Kartu My Number (マイナンバーカード) di atas alat pembaca, lalu tekan “Sudah diletakkan”.
card-place-note = Yang dibaca hanya nama, alamat, tanggal lahir, dan jenis kelamin. Nomor individu (My Number) tidak dibaca.
card-placed = Sudah diletakkan
card-pin-lead = Masukkan PIN 4 angka kartu untuk bantuan pengisian formulir (券面事項入力補助用暗証番号).
card-tries = Sisa kesempatan PIN: { $tries } kali
card-pin-count = PIN: { $count } angka sudah dimasukkan
card-read = Baca kartu
card-busy = Sedang membaca…
card-cancel = Batal
card-close = Tutup
card-counter = Silakan hubungi petugas di loket. Anda juga dapat melanjutkan dengan mengisi sendiri.
card-done = Data sudah dibaca dari Kartu My Number. Silakan periksa setiap isian. Untuk cara baca nama (フリガナ), sentuh usulan di bawah kolom atau ketik sendiri.
card-error-no-reader = Alat pembaca kartu tidak ditemukan. Silakan beri tahu petugas, atau isi sendiri.
card-error-no-card = Kartu tidak ditemukan. Letakkan Kartu My Number di atas alat pembaca.
card-error-not-my-number = Sepertinya ini bukan Kartu My Number. Silakan letakkan Kartu My Number (マイナンバーカード).
card-error-removed = Kartu terlepas dari alat pembaca saat sedang dibaca. Biarkan kartu tetap di atas alat pembaca, lalu coba lagi.
card-error-wrong-pin = PIN salah. Sisa kesempatan: { $tries } kali.
card-error-last-try = Sisa kesempatan PIN tinggal { $tries } kali. Agar kartu Anda tidak terkunci, PIN tidak akan dimasukkan di sini.
card-error-blocked = PIN kartu terkunci. Anda dapat membukanya di kantor pemerintah kota tempat Anda tinggal.
card-error-pin-format = PIN terdiri dari 4 angka.
card-error-unreadable = Isi kartu tidak dapat dibaca. Mohon maaf, silakan isi sendiri.
card-error-reader = Alat pembaca kartu tidak berfungsi dengan baik. Silakan coba lagi.
review-card-read = Nama, alamat, tanggal lahir, dan jenis kelamin dibaca dari Kartu My Number.

## Call staff (every screen)
call-staff = Panggil petugas
call-staff-waiting-title = Memanggil petugas
call-staff-waiting-body = Sedang memanggil petugas. Mohon tunggu sebentar sampai panggilan terkirim. Jika tidak terkirim, silakan tanyakan kepada petugas di dekat Anda.
call-staff-sent-title = Petugas sudah dipanggil
call-staff-sent-body = Silakan tunggu di sini. Isian Anda tidak akan hilang.
call-staff-coming-title = Petugas sedang menuju ke sini
call-staff-coming-body = Petugas sedang menuju ke sini. Silakan tunggu di sini.

## The assist layer (staff over the visitor's form)
assist-open = Kontrol petugas
assist-pad-title = Kode petugas
assist-pad-lead = Petugas, silakan masukkan kode Anda sendiri. Isian yang sedang diisi tidak akan hilang.
assist-title = Petugas sedang membantu
assist-lead = Isian yang sedang diisi tetap seperti semula. Setelah selesai, tekan “Kembalikan ke pengunjung”.
assist-hand-back = Kembalikan ke pengunjung
assist-steps = Pindah layar
assist-explain = Penjelasan isian
assist-field-required = Isian ini wajib diisi.
assist-field-optional = Isian ini boleh dikosongkan.
assist-no-codes = Kode petugas belum sampai ke mesin ini. Silakan tunggu sebentar atau hubungi administrator.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Mencetak tanda terima…
receipt-printed = Silakan ambil tanda terima Anda.
receipt-print-failed = Tanda terima tidak dapat dicetak. Mohon beri tahu petugas. Nomor penerimaan Anda dapat dilihat di layar ini.
receipt-print-incomplete = Kertas printer habis saat mencetak, sehingga tanda terima Anda tidak lengkap. Mohon beri tahu petugas. Nomor penerimaan Anda dapat dilihat di layar ini.
staff-printer = Printer tanda terima
staff-printer-none = Belum diatur
staff-printer-ready = Siap mencetak
staff-printer-near-end = Kertas hampir habis. Segera ganti gulungan kertas.
staff-printer-paper-out = Kertas habis. Ganti gulungan kertas.
staff-printer-cover-open = Penutup terbuka. Tutup kembali.
staff-printer-offline = Printer tidak merespons. Periksa daya dan lampu galat.
staff-printer-unreachable = Tidak dapat terhubung ke printer ({ $address }). Periksa daya, kabel, dan printer di berkas konfigurasi.
