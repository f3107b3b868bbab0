// The SQLite driver.
