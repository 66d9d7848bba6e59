"""The spreadsheets exchanged with the operators: request sheets written and read back
(XLSX, and ODS through an optional reader), their layout and their cell notes."""
