# Messages of the kiosk shell, mostly read by administrators on the console.
config-occupations-ok = { $file } dapat dipakai sebagai klasifikasi pekerjaan ({ $summary }).
config-occupations-bad = { $file } tidak dapat dipakai sebagai klasifikasi pekerjaan: { $problem }
config-postcodes-ok = { $file } dapat dipakai sebagai data kode pos ({ $source }, { $count } kode).
config-postcodes-bad = { $file } tidak dapat dipakai sebagai data kode pos: { $problem }
config-ok = Berkas konfigurasi tidak bermasalah.
config-unreadable = Berkas konfigurasi { $path } tidak dapat dibaca ({ $reason }). Periksa jalur dan izin bacanya.
config-syntax = Penulisan berkas konfigurasi { $path } salah. { $detail }
config-invalid = Dalam berkas konfigurasi { $path }, kunci "{ $key }" salah: { $problem }. Perbaiki nilainya lalu jalankan ulang.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = Berkas konfigurasi { $path } dapat dibaca atau ditulis oleh pengguna lain (mode { $mode }). Berkas ini berisi hash PIN petugas dan server yang dipercaya, jadi kios tidak akan dijalankan. Batasi izinnya dengan `chmod 0640 { $path }` (atau 0600) lalu jalankan ulang.
config-staff-pin-plain = Dalam berkas konfigurasi { $path }, staff_pin berisi PIN apa adanya. Jalankan `madoguchi-kiosk hash-pin`, ketik PIN, lalu tulis baris yang ditampilkan (diawali $argon2id$) di staff_pin.
hash-pin-not-a-pin = PIN petugas terdiri dari 4 sampai 8 angka. Jalankan perintah lagi dan ketik PIN.
hash-pin-failed = Hash PIN tidak dapat dibuat. Jalankan perintah lagi.
enroll-not-pinned = Tidak ada cara untuk memeriksa server: tulis server_public_key di berkas konfigurasi, atau berikan sidik jari yang ditampilkan `madoguchi-server keygen` dengan `--server-fingerprint`.
enroll-key-mismatch = Kunci server berbeda, jadi kios tidak didaftarkan. Kunci yang diharapkan: { $expected }; kunci dari server: { $answered }. Periksa URL dan kunci server: mungkin ada pihak lain di antara kios dan server.
enroll-bad-fingerprint = “{ $typed }” bukan sidik jari. Ketik 8 kelompok berisi 4 karakter yang ditampilkan `madoguchi-server keygen` (contoh: 3f2a-9c1e-…).
enroll-insecure = { $url } bukan https://, jadi kios tidak didaftarkan: tokennya akan dikirim tanpa enkripsi. Gunakan URL https:// (http:// hanya dapat dipakai jika demo = true).
enroll-code-unreadable = Kode pendaftaran tidak dapat dibaca dari { $path } ({ $reason }).
enroll-code-empty = Kode pendaftaran kosong. Tulis kodenya di berkas yang diberikan dengan `--code-file`, atau di input standar.

kiosk-start-failed = Kios tidak dapat dijalankan: { $detail }
submit-invalid = Ada jawaban yang perlu diperiksa. Silakan perbaiki bagian yang ditandai merah.
submit-not-ready = Mesin ini belum siap menerima pendaftaran. Silakan hubungi petugas.
submit-storage-failed = Pendaftaran Anda tidak dapat disimpan. Silakan hubungi petugas. Isian Anda belum dikirim.
survey-invalid = Jawaban survei Anda tidak dapat dicatat.
wipe-failed = Layar tidak dapat diatur ulang. Silakan hubungi petugas.
enroll-ok = Kios ini sudah didaftarkan ke server (kantor { $office }). Jalankan ulang kios untuk mulai menerima pendaftaran.
fleet-config-keeps = Konfigurasi yang dikirim mengubah { $key }. { $key } kios ini tidak dapat diubah, jadi kios tetap berjalan dengan konfigurasi sekarang. Kembalikan { $key } ke nilai sekarang, lalu kirim ulang.
provision-no-source = Folder penyiapan (folder madoguchi yang berisi kiosk.toml) tidak ditemukan. Tempat yang dicari: { $searched }. Letakkan folder itu di flashdisk USB atau partisi boot, lalu jalankan ulang.
provision-write-failed = Tidak dapat menulis { $path } ({ $reason }).
provision-ok = Konfigurasi dari { $source } sudah dipasang (kios { $kiosk }).
enroll-failed = Kios tidak dapat didaftarkan: { $detail }. Periksa apakah kode masih berlaku dan URL server benar; jika perlu, terbitkan kode baru dengan `madoguchi-server kiosk add`.
sync-not-enrolled = Kios ini belum didaftarkan ke server. Daftarkan dengan `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Terkirim: { $delivered }. Belum terkirim: { $queued }, ditolak server: { $refused }.
staff-disabled = Mode petugas belum diatur di kios ini (staff_pin di berkas konfigurasi).
staff-wrong-pin = PIN salah.
kanji-unavailable = Saat ini input kanji (tulisan tangan dan 変換) tidak dapat dipakai. Silakan ketik dengan katakana atau hubungi petugas.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Tanda terima pendaftaran pencari kerja
receipt-slip-number = Nomor penerimaan (受付番号)
receipt-slip-date = Tanggal
receipt-slip-counter = Tunjukkan tanda terima ini di loket dan sebutkan nomor penerimaan Anda.
receipt-slip-qr = Pindai kode QR dengan ponsel untuk melanjutkan pendaftaran.
receipt-slip-keep = Simpan tanda terima ini sampai prosedur selesai.
