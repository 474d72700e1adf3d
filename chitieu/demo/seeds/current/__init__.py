"""The 2025-2030 term of the demo: the congress resolutions of the new provinces (real targets, each with the
address of its source) and of one new commune on each seed district's territory (illustrative), in load order.

The sources are the files of `term-2025-2030` (read in December 2026): they keep no sentence word for word, so
a target carries its address and the file's short wording as its source note, never a source sentence."""

from chitieu.demo.seeds.current import can_tho, communes, lai_chau, quang_ninh, thai_nguyen

UNITS = (thai_nguyen.UNIT, quang_ninh.UNIT, can_tho.UNIT, lai_chau.UNIT, *communes.UNITS)
