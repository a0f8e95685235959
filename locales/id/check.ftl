# Messages of the input checks (core/src/check.rs), Bahasa Indonesia. Same ids as ja/check.ftl.
# Red messages say what to fix; orange ones say what to check and that “Berikutnya” again keeps the value.
# Codes for selectors: see ja/check.ftl.

## Basic information

check-family-name-required = Silakan masukkan nama keluarga (marga). Jika tidak dapat menulis kanji, katakana atau huruf Latin juga boleh.
check-given-name-required = Silakan masukkan nama depan. Jika Anda hanya punya satu nama, pilih “Saya hanya punya satu nama”.
check-family-kana-required = Silakan masukkan cara baca nama keluarga dalam katakana (contoh: ヤマダ).
check-given-kana-required = Silakan masukkan cara baca nama depan dalam katakana (contoh: タロウ).
check-kana-katakana-only = Silakan tulis cara baca hanya dengan katakana. Karakter berikut bukan katakana: { $chars }
check-birth-date-required = Silakan masukkan tanggal lahir (contoh: tahun 1985, bulan 4, tanggal 1).
check-birth-date-missing =
    Silakan masukkan { $part ->
        [year] tahun
        [month] bulan
       *[day] tanggal
    } lahir Anda.
check-birth-date-not-number =
    { $part ->
        [year] Silakan masukkan tahun lahir dengan angka (contoh: 1985). Untuk tahun pertama era Jepang (元年), pilih eranya lalu masukkan “1” atau “元”.
        [month] Silakan masukkan bulan lahir dengan angka 1 sampai 12.
       *[day] Silakan masukkan tanggal lahir dengan angka.
    }
check-birth-date-no-such-year = Tahun lahir tidak benar. Untuk tahun Masehi, masukkan 4 angka (contoh: 1985); untuk era Jepang, pilih eranya lalu masukkan tahunnya (contoh: 60).
check-birth-date-no-such-month = Silakan masukkan bulan lahir dengan angka 1 sampai 12.
check-birth-date-no-such-day = Bulan { $month } hanya sampai tanggal { $last-day }. Silakan periksa tanggal lahir Anda.
check-birth-date-era-ended =
    Era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } berakhir pada { $last-day }/{ $last-month }/{ $last-year }. Tanggal ini termasuk tahun { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Silakan perbaiki era dan tahunnya, atau masukkan dalam tahun Masehi.
check-birth-date-era-not-begun =
    Era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } dimulai pada { $first-day }/{ $first-month }/{ $first-year }. Tanggal ini termasuk tahun { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Silakan perbaiki era dan tahunnya, atau masukkan dalam tahun Masehi.
check-birth-date-future = Tanggal lahir jatuh setelah hari ini. Silakan periksa tahun lahir.
check-birth-date-year-too-early = Tahun lahir tertulis { $year }. Silakan masukkan tahun Masehi dengan 4 angka (contoh: 1985). Untuk era Jepang, pilih eranya terlebih dahulu.
check-birth-date-too-young = Menurut tanggal lahir ini, Anda berusia { $age } tahun. Pendaftaran pencari kerja hanya untuk yang sudah lulus SMP. Silakan periksa tanggal lahir.
check-birth-date-young = Menurut tanggal lahir ini, Anda berusia { $age } tahun. Silakan periksa apakah tahun lahir sudah benar. Jika benar, tekan “Berikutnya” sekali lagi.
check-birth-date-old = Menurut tanggal lahir ini, Anda berusia { $age } tahun. Silakan periksa apakah tahun lahir sudah benar. Jika benar, tekan “Berikutnya” sekali lagi.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = Silakan masukkan paling banyak { $max } karakter (sekarang { $count } karakter).

## Address and contact

check-postcode-required = Silakan masukkan kode pos 7 angka (contoh: 160-0023).
check-postcode-digits = Kode pos terdiri dari 7 angka (contoh: 160-0023). Silakan periksa.
check-postcode-unknown = Kode pos “{ $postcode }” tidak ditemukan. Silakan periksa dan masukkan lagi.
check-address-search = Silakan masukkan kode pos lalu tekan “Cari alamat”. Prefektur dan kota akan terisi.
check-street-required = Silakan masukkan nomor blok dan rumah (contoh: 1-2-3).
check-phone-required = Silakan masukkan nomor telepon yang dapat dihubungi pada siang hari (contoh: 090-1234-5678).
check-phone-digits = Silakan masukkan nomor telepon dengan angka. Ada karakter yang tidak dapat dipakai: { $chars }
check-phone-format = Jumlah angka nomor telepon tidak sesuai ({ $count } angka dimasukkan). Nomor ponsel 11 angka (contoh: 090-1234-5678); telepon rumah 10 angka termasuk kode area (contoh: 03-1234-5678).
check-phone-free-dial = Nomor bebas pulsa (0120, 0800) mungkin tidak dapat dipakai untuk menghubungi Anda langsung. Silakan masukkan nomor Anda sendiri. Jika nomor ini benar, tekan “Berikutnya” sekali lagi.
check-email-too-long = Alamat email terlalu panjang ({ $count } karakter). Silakan masukkan paling banyak { $max } karakter.
check-email-chars = Alamat email berisi karakter yang tidak dapat dipakai: { $chars }. Silakan gunakan huruf Latin, angka, dan simbol saja (contoh: taro@example.jp).
check-email-at = Alamat email harus berisi tepat satu “@”, dengan teks sebelum dan sesudahnya (contoh: taro@example.jp).
check-email-domain = Bagian setelah “@” tidak benar. Bagian itu perlu titik (.), seperti “example.jp”.
check-email-required-for-my-page = Untuk membuat My Page (マイページ), diperlukan alamat email. Silakan masukkan alamat email, atau pilih “Tidak sekarang”.

## Desired work

check-occupation-required = Silakan pilih paling sedikit satu jenis pekerjaan yang diinginkan.
check-occupation-too-many = Anda dapat memilih paling banyak { $max } jenis pekerjaan (sekarang { $count }). Silakan hapus salah satunya.
check-occupation-unknown = Jenis pekerjaan dengan kode { $code } tidak ada dalam daftar. Silakan hapus lalu pilih lagi dari daftar.
check-employment-type-required = Silakan pilih paling sedikit satu jenis status kerja yang diinginkan.
check-wage-digits = Silakan masukkan upah yang diinginkan dengan angka (contoh: 200000). Jika tidak ada keinginan khusus, biarkan kosong.
check-wage-low =
    Upah yang diinginkan adalah { $amount } yen { $kind ->
        [hourly] per jam
       *[monthly] per bulan
    }, yang mungkin di bawah upah minimum. Silakan periksa jumlahnya dan pilihan bulanan atau per jam. Jika benar, tekan “Berikutnya” sekali lagi.
check-wage-high =
    Upah yang diinginkan adalah { $amount } yen { $kind ->
        [hourly] per jam
       *[monthly] per bulan
    }. Silakan periksa jumlah angkanya dan pilihan bulanan atau per jam. Jika benar, tekan “Berikutnya” sekali lagi.
check-time-format = Silakan masukkan waktu seperti “9:00” atau “17:30”, antara 0:00 dan 23:59 (jam selesai boleh 24:00).
check-hours-both = Silakan masukkan jam mulai dan jam selesai (contoh: 9:00–17:00). Jika tidak ada keinginan khusus, biarkan keduanya kosong.
check-hours-same = Jam mulai dan jam selesai sama. Silakan periksa jam selesai.
check-hours-overnight = Jam selesai ({ $end }) lebih awal dari jam mulai ({ $start }), jadi ini kerja melewati malam. Jika Anda ingin kerja malam, tekan “Berikutnya” sekali lagi; jika tidak, perbaiki jamnya.

## Current situation

check-current-employment-required = Silakan pilih apakah Anda sedang bekerja sekarang.
check-insurance-required = Silakan pilih apakah Anda berencana menerima tunjangan asuransi ketenagakerjaan (雇用保険, tunjangan pengangguran). Jika tidak yakin, pilih “Tidak tahu”.

## Education

check-education-level-required = Silakan pilih pendidikan terakhir Anda.
check-graduation-year-format = Silakan masukkan tahun lulus dengan 4 angka tahun Masehi (contoh: 2005) atau tahun era Jepang (contoh: 平成17, H17). Jika tidak ingat, biarkan kosong.
check-graduation-year-future = Tahun lulus adalah tahun yang akan datang. Silakan periksa.
check-graduation-year-before-birth = Tahun lulus lebih awal dari tahun lahir ({ $birth-year }). Silakan periksa tahun lulus dan tanggal lahir.
check-graduation-year-early = Menurut tahun ini, Anda lulus pada usia { $age } tahun. Silakan periksa tahun lulus. Jika benar, tekan “Berikutnya” sekali lagi.

## Work history

check-employer-required = Silakan masukkan tempat kerja (nama perusahaan). Jika riwayat ini tidak perlu, hapuslah.
check-job-from-required = Silakan masukkan tahun dan bulan mulai bekerja (contoh: 2019/4).
check-year-month-format = Silakan masukkan tahun dan bulan (contoh: 2019/4, atau 平成31年4月 dalam era Jepang).
check-job-from-future = Tahun dan bulan mulai bekerja adalah waktu yang akan datang. Silakan periksa.
check-job-to-before-from = Tahun dan bulan berhenti lebih awal dari tahun dan bulan mulai bekerja. Silakan periksa.
check-job-to-future = Tahun dan bulan berhenti adalah waktu yang akan datang. Jika Anda masih bekerja di sana, biarkan kosong.
check-card-name-latin = Silakan masukkan nama di kartu izin tinggal (在留カード) dengan huruf Latin (A–Z), persis seperti tercetak. Karakter yang tidak dapat dipakai: { $chars }

## Job-seeker information, disability
check-publication-required = Silakan pilih apakah informasi pencarian kerja Anda boleh dilihat perusahaan.
check-contact-method-required = Silakan pilih paling sedikit satu cara kami menghubungi Anda.
check-contact-method-email-missing = Untuk dihubungi lewat email, diperlukan alamat email. Silakan masukkan alamat email di “Alamat dan kontak”, atau pilih cara lain.
check-disability-grade = { $certificate ->
    [intellectual] Silakan pilih A atau B untuk buku disabilitas intelektual (療育手帳).
    [mental] Silakan pilih tingkat 1 sampai 3 untuk buku disabilitas mental.
   *[other] Silakan pilih tingkat 1 sampai 6 untuk buku disabilitas fisik.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Silakan masukkan { $part ->
        [year] tahun
        [month] bulan
       *[day] tanggal
    }. Jika tidak tahu tanggalnya, biarkan tahun, bulan, dan tanggal semuanya kosong.
check-date-invalid = Tanggal ini tidak ada. Silakan periksa tahun, bulan, dan tanggal (boleh tahun era Jepang atau Masehi).
check-number-digits = Silakan masukkan angka saja.
check-number-range = Silakan masukkan angka dari { $min } sampai { $max }.
check-year-format = Silakan masukkan tahun dengan 4 angka tahun Masehi (contoh: 2015) atau tahun era Jepang (contoh: 平成27, H27). Jika tidak ingat, biarkan kosong.
check-year-future = Ini tahun yang akan datang. Silakan periksa tahunnya.
check-year-before-birth = Tahun ini lebih awal dari tahun lahir ({ $birth-year }). Silakan periksa tahunnya.

## Nationality and status of residence

check-residence-status-missing = Silakan pilih status izin tinggal. Status ini tertulis di kartu izin tinggal (在留カード). Jika tidak tahu, tekan “Berikutnya” sekali lagi; petugas akan memeriksanya di loket.
check-residence-status-unknown = Status izin tinggal dengan kode { $code } tidak ada dalam daftar. Silakan pilih lagi dari daftar.
check-residence-work =
    { $work ->
        [limited] Dengan status izin tinggal ini, Anda hanya boleh bekerja dalam lingkup kegiatan status tersebut.
        [designated] Untuk Kegiatan yang ditentukan, boleh tidaknya bekerja ditentukan oleh surat penetapan.
       *[none] Untuk bekerja dengan status izin tinggal ini, Anda memerlukan izin kegiatan di luar status.
    } Petugas di loket akan memeriksa kartu izin tinggal (在留カード) Anda. Jika sudah benar, tekan “Berikutnya” sekali lagi.
check-residence-expired = Tanggal berakhir masa tinggal sudah lewat. Silakan periksa tanggal di kartu izin tinggal (在留カード). Jika benar, tekan “Berikutnya” sekali lagi dan bicarakan dengan petugas di loket.

## Nearest station, commute and working pattern

check-commute-long = Waktu perjalanan ke tempat kerja adalah { $minutes } menit. Silakan masukkan dalam menit (1 jam = 60 menit). Jika benar, tekan “Berikutnya” sekali lagi.
check-weekly-hours-long = Itu { $hours } jam per minggu. Silakan periksa. Jika benar, tekan “Berikutnya” sekali lagi.

## Situation, education and work history

check-left-on-future = Tanggal berhenti kerja adalah tanggal yang akan datang. Jika Anda baru akan berhenti, pilih “Sedang bekerja”.
check-qualifications-too-many = Anda dapat memasukkan paling banyak { $max } lisensi dan kualifikasi (sekarang { $count }). Silakan sampaikan yang lain kepada petugas di loket.
check-licence-unknown = Lisensi atau kualifikasi dengan kode { $code } tidak ada dalam daftar. Silakan hapus lalu pilih lagi.
check-qualification-name-required = Silakan tulis nama lisensi atau kualifikasi, atau pilih dari daftar.
check-jobs-too-many = Anda dapat memasukkan paling banyak { $max } riwayat kerja (sekarang { $count }). Silakan sampaikan pekerjaan yang lebih lama kepada petugas di loket.
