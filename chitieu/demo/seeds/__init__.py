"""The five demo districts, one module each, in the order the demo loads them."""

from chitieu.demo.seeds import ba_che, bach_thong, phong_tho, phu_luong, phung_hiep

DISTRICTS = (
    phu_luong.DISTRICT,
    bach_thong.DISTRICT,
    phong_tho.DISTRICT,
    ba_che.DISTRICT,
    phung_hiep.DISTRICT,
)
