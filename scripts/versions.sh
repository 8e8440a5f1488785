# Pinned third-party sources (Debian source packages). Changing a version here means changing
# its checksum too; scripts/setup.sh refuses a tarball whose sha256 differs.
IMGUI_DEBIAN_VERSION="1.90.1+ds-1"
IMGUI_TARBALL="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"

SDL2_DEBIAN_VERSION="2.26.5+dfsg-1"
SDL2_TARBALL="libsdl2_2.26.5+dfsg.orig.tar.gz"
SDL2_SHA256="b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3"

# QuickJS: only its regular-expression engine (libregexp) and what that needs are unpacked.
QUICKJS_DEBIAN_VERSION="2025.04.26-1"
QUICKJS_TARBALL="quickjs_2025.04.26.orig.tar.xz"
QUICKJS_SHA256="ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe"
