# Major and middle groups of the occupation classification of the Ministry of Health, Labour and Welfare (2022 revision).
# Codes as in data/occupations.tsv; names checked against the published classification (data/SOURCES.md).

occ-01 = Pekerjaan manajerial
occ-001 = Direksi perusahaan dan organisasi
occ-002 = Manajer di perusahaan dan organisasi
occ-003 = Pekerjaan manajerial lainnya

occ-02 = Pekerjaan riset dan teknik
occ-004 = Peneliti
occ-005 = Insinyur pertanian, kehutanan, dan perikanan
occ-006 = Insinyur pengembangan
occ-007 = Insinyur manufaktur
occ-008 = Insinyur arsitektur, teknik sipil, dan survei
occ-009 = Insinyur TI dan telekomunikasi (pengembangan perangkat lunak)
occ-010 = Insinyur TI dan telekomunikasi (selain pengembangan perangkat lunak)
occ-011 = Pekerjaan teknik lainnya

occ-03 = Profesi hukum, bisnis, budaya, dan seni
occ-012 = Profesi hukum
occ-013 = Profesional bisnis, keuangan, dan asuransi
occ-014 = Rohaniwan
occ-015 = Penulis, wartawan, dan editor
occ-016 = Seniman, fotografer, dan juru kamera
occ-017 = Desainer
occ-018 = Musisi dan seniman pertunjukan
occ-019 = Pustakawan, kurator, dan konselor
occ-020 = Profesi hukum, bisnis, budaya, dan seni lainnya

occ-04 = Pekerjaan medis, keperawatan, dan kesehatan
occ-021 = Dokter, dokter gigi, dokter hewan, dan apoteker
occ-022 = Perawat kesehatan masyarakat dan bidan
occ-023 = Perawat dan asisten perawat
occ-024 = Teknisi dan terapis medis
occ-025 = Ahli gizi
occ-026 = Terapis pijat, akupunktur, moksibusi, dan terapis judo
occ-027 = Profesi medis, keperawatan, dan kesehatan lainnya
occ-028 = Asisten layanan kesehatan

occ-05 = Pekerjaan pengasuhan anak dan pendidikan
occ-029 = Pengasuh anak dan guru TK
occ-030 = Pengasuh anak sepulang sekolah, asisten pengasuh, dan pengasuh di rumah
occ-031 = Guru sekolah
occ-032 = Guru les, instruktur kursus, dan pekerjaan pendidikan lainnya

occ-06 = Pekerjaan kantor
occ-033 = Staf urusan umum, personalia, dan perencanaan
occ-034 = Staf kantor umum, sekretaris, dan resepsionis
occ-035 = Staf urusan umum lainnya
occ-036 = Staf layanan pelanggan lewat telepon dan internet
occ-037 = Staf administrasi medis dan perawatan
occ-038 = Staf akuntansi
occ-039 = Staf administrasi produksi
occ-040 = Staf administrasi penjualan
occ-041 = Staf administrasi lapangan
occ-042 = Staf administrasi transportasi dan pos
occ-043 = Operator entri data dan mesin kantor

occ-07 = Pekerjaan penjualan
occ-044 = Manajer toko eceran dan grosir
occ-045 = Pramuniaga
occ-046 = Pembeli barang dan pedagang barang daur ulang
occ-047 = Pekerjaan yang mirip penjualan
occ-048 = Tenaga pemasaran (sales)

occ-08 = Pekerjaan kesejahteraan dan perawatan
occ-049 = Profesional kesejahteraan sosial dan perawatan
occ-050 = Perawat di fasilitas perawatan
occ-051 = Perawat kunjungan rumah

occ-09 = Pekerjaan jasa
occ-052 = Jasa bantuan rumah tangga
occ-053 = Tukang cukur, penata rambut, dan jasa kecantikan
occ-054 = Pekerja pemandian umum dan binatu
occ-055 = Juru masak
occ-056 = Pelayan dan layanan tamu
occ-057 = Pengelola gedung dan hunian
occ-058 = Pekerjaan jasa lainnya

occ-10 = Pekerjaan keamanan
occ-059 = Satpam
occ-060 = Anggota Pasukan Bela Diri
occ-061 = Polisi
occ-062 = Sipir penjara dan pemadam kebakaran
occ-063 = Pekerjaan keamanan lainnya

occ-11 = Pekerjaan pertanian, kehutanan, dan perikanan
occ-064 = Pekerja pertanian
occ-065 = Pekerja kehutanan
occ-066 = Pekerja perikanan

occ-12 = Pekerjaan produksi, perbaikan, pengecatan, dan gambar teknik
occ-067 = Operator mesin produksi (produk logam)
occ-068 = Operator mesin produksi (makanan dan sejenisnya)
occ-069 = Operator mesin produksi (selain logam dan makanan)
occ-070 = Operator mesin perakitan
occ-071 = Pekerja produksi dan pengolahan (produk logam)
occ-072 = Pekerja produksi dan pengolahan (makanan dan sejenisnya)
occ-073 = Pekerja produksi dan pengolahan (selain logam dan makanan)
occ-074 = Perakit mesin
occ-075 = Mekanik perawatan dan perbaikan mesin
occ-076 = Pemeriksa produk (produk logam)
occ-077 = Pemeriksa produk (makanan dan sejenisnya)
occ-078 = Pemeriksa produk (selain logam dan makanan)
occ-079 = Pemeriksa mesin
occ-080 = Pekerjaan terkait produksi (pengecatan, gambar teknik, dan sejenisnya)
occ-081 = Pekerjaan yang mirip produksi

occ-13 = Pekerjaan pengiriman, transportasi, dan pengoperasian mesin
occ-082 = Pengantar dan pengumpul barang
occ-083 = Sopir truk
occ-084 = Sopir bus
occ-085 = Sopir mobil dan taksi
occ-086 = Sopir kendaraan bermotor lainnya
occ-087 = Masinis, nakhoda, dan pilot
occ-088 = Pekerjaan transportasi lainnya
occ-089 = Operator mesin tetap dan alat berat konstruksi

occ-14 = Pekerjaan konstruksi, teknik sipil, dan instalasi listrik
occ-090 = Pekerja konstruksi struktur bangunan
occ-091 = Pekerja konstruksi (selain struktur bangunan)
occ-092 = Pekerja teknik sipil
occ-093 = Pekerja pertambangan
occ-094 = Teknisi instalasi listrik

occ-15 = Pekerjaan angkut, kebersihan, pengemasan, dan penyortiran
occ-095 = Pekerja bongkar muat dan angkut
occ-096 = Petugas kebersihan
occ-097 = Pekerja pengemasan
occ-098 = Pekerja penyortiran dan picking
occ-099 = Pekerjaan angkut, kebersihan, pengemasan, dan penyortiran lainnya
