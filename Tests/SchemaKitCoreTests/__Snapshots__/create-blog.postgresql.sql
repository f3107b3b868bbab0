set names 'utf8';

create type "book_status" as enum ('draft', 'published', 'archived');

create table "book_tag" ("id" serial primary key, "name" varchar(50) not null);
alter table "book_tag" add constraint "book_tag_name_unique" unique ("name");

create table "person" ("id" serial primary key, "name" varchar(255) not null, "loyalty_points" int null default 0, "salary" int null, "type" text not null);
create index "person_type_index" on "person" ("type");
alter table "person" add constraint "person_type_check" check ("type" in ('customer', 'employee', 'person'));

create table "publisher" ("id" serial primary key, "name" varchar(100) not null, "type" text not null default 'local', "priority" smallint null);
comment on table "publisher" is 'Companies that publish books';
comment on column "publisher"."name" is 'Trading name';
alter table "publisher" add constraint "publisher_type_check" check ("type" in ('local', 'global'));

create table "author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null, "age" int null, "terms_accepted" boolean not null default false, "created_at" timestamptz not null default current_timestamp, "bio" text null, "favourite_book_id" uuid null, "mentor_id" int null, "address_street" varchar(255) not null, "address_city" varchar(80) not null, "address_postal_code" varchar(10) null, "settings" jsonb null, "internal_notes" text null, "legacy_code" varchar(20) null);
comment on column "author"."bio" is 'Short biography';
alter table "author" add constraint "author_email_unique" unique ("email");
create index "author_name_age_index" on "author" ("name", "age");
alter table "author" add constraint "author_age_check" check (age >= 0);

create table "author_friends" ("author_1_id" int not null, "author_2_id" int not null, primary key ("author_1_id", "author_2_id"));

create table "author_profile" ("id" serial primary key, "author_id" int not null, "reviewer_id" int null, "website" text null);
alter table "author_profile" add constraint "author_profile_author_id_unique" unique ("author_id");

create table "book" ("id" uuid not null, "title" varchar(200) not null, "isbn" varchar(13) not null, "price" numeric(10,2) not null default 0, "status" "book_status" not null default 'draft', "metadata" jsonb null, "author_id" int not null, "publisher_id" int null, "title_length" int generated always as (length(title)) stored not null, "book_code" char(8) not null, primary key ("id"));
comment on table "book" is 'Published and draft books';
alter table "book" add constraint "book_isbn_uq" unique ("isbn");
alter table "book" add constraint "book_title_author_id_unique" unique ("title", "author_id");
create index "book_status_price_index" on "book" ("status", "price" desc);
alter table "book" add constraint "book_price_positive" check (price >= 0);

create table "book_tags" ("book_id" uuid not null, "book_tag_id" int not null, primary key ("book_id", "book_tag_id"));

create table "edition" ("book_id" uuid not null, "number" int not null, "year" smallint not null, primary key ("book_id", "number"));

create table "edition_review" ("id" bigserial primary key, "edition_book_id" uuid not null, "edition_number" int not null, "rating" smallint not null default 3);

alter table "author" add constraint "author_favourite_book_id_foreign" foreign key ("favourite_book_id") references "book" ("id") on delete set null;
alter table "author" add constraint "author_mentor_id_foreign" foreign key ("mentor_id") references "author" ("id") on delete set null;

alter table "author_friends" add constraint "author_friends_author_1_id_foreign" foreign key ("author_1_id") references "author" ("id") on update cascade on delete cascade;
alter table "author_friends" add constraint "author_friends_author_2_id_foreign" foreign key ("author_2_id") references "author" ("id") on update cascade on delete cascade;

alter table "author_profile" add constraint "author_profile_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete cascade;

alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete cascade;
alter table "book" add constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on update cascade on delete set null;

alter table "book_tags" add constraint "book_tags_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade;
alter table "book_tags" add constraint "book_tags_book_tag_id_foreign" foreign key ("book_tag_id") references "book_tag" ("id") on update cascade on delete cascade;

alter table "edition" add constraint "edition_book_id_foreign" foreign key ("book_id") references "book" ("id");

alter table "edition_review" add constraint "edition_review_edition_book_id_edition_number_foreign" foreign key ("edition_book_id", "edition_number") references "edition" ("book_id", "number") on update cascade;
