-- up
alter table "author" rename column "name" to "full_name";
alter table "author" alter column "full_name" type varchar(150) using ("full_name"::varchar(150));

alter table "book" rename column "title" to "heading";
alter index "book_title_index" rename to "book_heading_index";

-- down
alter table "author" rename column "full_name" to "name";
alter table "author" alter column "name" type varchar(100) using ("name"::varchar(100));

alter table "book" rename column "heading" to "title";
alter index "book_heading_index" rename to "book_title_index";
