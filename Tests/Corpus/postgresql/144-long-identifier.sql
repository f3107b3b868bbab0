-- title: 63-character identifiers (the maximum) for table, column and index
-- feature: hostile-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table table_name_that_is_exactly_sixty_three_characters_long_abcdefg (id int primary key, column_name_that_is_exactly_sixty_three_characters_long_abcdef text);
-- rows
insert into table_name_that_is_exactly_sixty_three_characters_long_abcdefg values (1, 'x');
-- to
create table table_name_that_is_exactly_sixty_three_characters_long_abcdefg (id int primary key, column_name_that_is_exactly_sixty_three_characters_long_abcdef text);
create index index_name_that_is_exactly_sixty_three_characters_long_abcdefgh on table_name_that_is_exactly_sixty_three_characters_long_abcdefg (column_name_that_is_exactly_sixty_three_characters_long_abcdef);
