-- title: unique index on lower(email)
-- feature: index-expression
-- doc: https://www.sqlite.org/expridx.html
-- from
create table app_user (id integer primary key, email text not null);
-- rows
insert into app_user (email) values ('Ada@Example.com'), ('grace@example.com');
-- to
create table app_user (id integer primary key, email text not null);
create unique index app_user_email_lower on app_user (lower(email));
