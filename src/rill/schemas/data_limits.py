"""The numbers of the dataframe contract (rill.schemas.data), without its pydantic models.

The data plugin reads these on every server start; the models are for tests and the TypeScript
generator, so a server never builds them.
"""

#: Frames of more rows than this are paged.
PAGE_THRESHOLD = 5000
#: Rows a paged frame sends with its element (the first page).
PAGE_SIZE = 500
#: The most rows one page request may ask for.
MAX_PAGE_ROWS = 5000
#: The extra field of a page: each row's position in the original frame.
ROW_FIELD = "__rill_row__"
