"""Every export shape of the corpus, and the counts the issue's "Done when" asks for."""

from collections import Counter

from CSVProcessor.tests.exports import (
    address_books,
    locales_fifteenth,
    more_products,
    new_products,
    outlook_locales,
    reports,
    spreadsheets,
    unseen_books,
    unseen_eighteenth,
    unseen_eighth,
    unseen_eleventh,
    unseen_fifteenth,
    unseen_fifth,
    unseen_fourteenth,
    unseen_fourth,
    unseen_more,
    unseen_nineteenth,
    unseen_ninth,
    unseen_products,
    unseen_seventeenth,
    unseen_seventh,
    unseen_sixteenth,
    unseen_sixth,
    unseen_tenth,
    unseen_third,
    unseen_thirteenth,
    unseen_twelfth,
    unseen_twentieth,
    unseen_twentyfifth,
    unseen_twentyfirst,
    unseen_twentyfourth,
    unseen_twentysecond,
    unseen_twentythird,
)

SHAPES = [
    *outlook_locales.SHAPES,
    *address_books.SHAPES,
    *reports.SHAPES,
    *spreadsheets.SHAPES,
    *more_products.SHAPES,
    *new_products.SHAPES,
    *unseen_products.SHAPES,
    *unseen_more.SHAPES,
    *unseen_third.SHAPES,
    *unseen_fourth.SHAPES,
    *unseen_books.SHAPES,
    *unseen_fifth.SHAPES,
    *unseen_sixth.SHAPES,
    *unseen_seventh.SHAPES,
    *unseen_eighth.SHAPES,
    *unseen_ninth.SHAPES,
    *unseen_tenth.SHAPES,
    *unseen_eleventh.SHAPES,
    *unseen_twelfth.SHAPES,
    *unseen_thirteenth.SHAPES,
    *unseen_fourteenth.SHAPES,
    *unseen_fifteenth.SHAPES,
    *locales_fifteenth.SHAPES,
    *unseen_sixteenth.SHAPES,
    *unseen_seventeenth.SHAPES,
    *unseen_eighteenth.SHAPES,
    *unseen_nineteenth.SHAPES,
    *unseen_twentieth.SHAPES,
    *unseen_twentyfirst.SHAPES,
    *unseen_twentysecond.SHAPES,
    *unseen_twentythird.SHAPES,
    *unseen_twentyfourth.SHAPES,
    *unseen_twentyfifth.SHAPES,
]
BY_NAME = {shape.name: shape for shape in SHAPES}
assert len(BY_NAME) == len(SHAPES), "shape names must be unique"


def coverage() -> dict:
    """Shapes, products, languages and legacy code pages, with how many shapes each."""
    return {
        "shapes": len(SHAPES),
        "products": Counter(shape.product for shape in SHAPES),
        "languages": Counter(shape.language for shape in SHAPES),
        "code_pages": Counter(s.legacy_code_page for s in SHAPES if s.legacy_code_page),
    }
