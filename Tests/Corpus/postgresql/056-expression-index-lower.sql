-- title: unique expression index on lower(email)
-- feature: index-expression
-- doc: https://www.postgresql.org/docs/15/indexes-expressional.html
-- from
create table app_user (id serial primary key, email text not null);
-- rows
insert into app_user (email) values ('Ada@Example.com'), ('grace@example.com');
-- to
create table app_user (id serial primary key, email text not null);
create unique index app_user_email_lower_idx on app_user (lower(email));
