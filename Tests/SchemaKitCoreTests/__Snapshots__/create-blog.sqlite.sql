create table "book_tag" ("id" integer not null primary key autoincrement, "name" text not null);
create unique index "book_tag_name_unique" on "book_tag" ("name");

create table "person" ("id" integer not null primary key autoincrement, "name" text not null, "loyalty_points" integer null default 0, "salary" integer null, "type" text not null, constraint "person_type_check" check ("type" in ('customer', 'employee', 'person')));
create index "person_type_index" on "person" ("type");

create table "publisher" ("id" integer not null primary key autoincrement, "name" text not null, "type" text not null default 'local', "priority" integer null, constraint "publisher_type_check" check ("type" in ('local', 'global')));

create table "author" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "terms_accepted" integer not null default 0, "created_at" datetime not null default current_timestamp, "bio" text null, "favourite_book_id" text null, "mentor_id" integer null, "address_street" text not null, "address_city" text not null, "address_postal_code" text null, "settings" json null, "internal_notes" text null, "legacy_code" text null, constraint "author_favourite_book_id_foreign" foreign key ("favourite_book_id") references "book" ("id") on delete set null, constraint "author_mentor_id_foreign" foreign key ("mentor_id") references "author" ("id") on delete set null, constraint "author_age_check" check (age >= 0));
create unique index "author_email_unique" on "author" ("email");
create index "author_name_age_index" on "author" ("name", "age");
create index "author_favourite_book_id_index" on "author" ("favourite_book_id");
create index "author_mentor_id_index" on "author" ("mentor_id");

create table "author_friends" ("author_1_id" integer not null, "author_2_id" integer not null, primary key ("author_1_id", "author_2_id"), constraint "author_friends_author_1_id_foreign" foreign key ("author_1_id") references "author" ("id") on update cascade on delete cascade, constraint "author_friends_author_2_id_foreign" foreign key ("author_2_id") references "author" ("id") on update cascade on delete cascade);
create index "author_friends_author_2_id_index" on "author_friends" ("author_2_id");

create table "author_profile" ("id" integer not null primary key autoincrement, "author_id" integer not null, "reviewer_id" integer null, "website" text null, constraint "author_profile_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete cascade);
create unique index "author_profile_author_id_unique" on "author_profile" ("author_id");
create index "author_profile_reviewer_id_index" on "author_profile" ("reviewer_id");

create table "book" ("id" text not null, "title" text not null, "isbn" text not null, "price" numeric(10,2) not null default 0, "status" text not null default 'draft', "metadata" json null, "author_id" integer not null, "publisher_id" integer null, "title_length" integer generated always as (length(title)) stored not null, "book_code" char(8) not null, primary key ("id"), constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete cascade, constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on update cascade on delete set null, constraint "book_status_check" check ("status" in ('draft', 'published', 'archived')), constraint "book_price_positive" check (price >= 0));
create unique index "book_isbn_uq" on "book" ("isbn");
create unique index "book_title_author_id_unique" on "book" ("title", "author_id");
create index "book_status_price_index" on "book" ("status", "price" desc);
create index "book_author_id_index" on "book" ("author_id");
create index "book_publisher_id_index" on "book" ("publisher_id");

create table "book_tags" ("book_id" text not null, "book_tag_id" integer not null, primary key ("book_id", "book_tag_id"), constraint "book_tags_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade, constraint "book_tags_book_tag_id_foreign" foreign key ("book_tag_id") references "book_tag" ("id") on update cascade on delete cascade);
create index "book_tags_book_tag_id_index" on "book_tags" ("book_tag_id");

create table "edition" ("book_id" text not null, "number" integer not null, "year" integer not null, primary key ("book_id", "number"), constraint "edition_book_id_foreign" foreign key ("book_id") references "book" ("id"));

create table "edition_review" ("id" integer not null primary key autoincrement, "edition_book_id" text not null, "edition_number" integer not null, "rating" integer not null default 3, constraint "edition_review_edition_book_id_edition_number_foreign" foreign key ("edition_book_id", "edition_number") references "edition" ("book_id", "number") on update cascade);
create index "edition_review_edition_book_id_edition_number_index" on "edition_review" ("edition_book_id", "edition_number");
