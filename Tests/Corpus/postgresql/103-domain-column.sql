-- title: column switched to a domain with a check
-- feature: domain
-- doc: https://www.postgresql.org/docs/15/sql-createdomain.html
-- from
create table subscriber (id serial primary key, email text not null);
-- rows
insert into subscriber (email) values ('a@example.com'), ('b@example.org');
-- to
create domain email_address as text check (value like '%_@_%');
create table subscriber (id serial primary key, email email_address not null);
