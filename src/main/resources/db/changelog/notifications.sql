--liquibase formatted sql

--changeset sendplan:notifications-1-tables
create table notification (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    recipient_id uuid not null,
    type varchar(40) not null,
    summary varchar(300) not null,
    link varchar(500) not null,
    -- Set when one event must reach a person once only (a return due soon), whatever runs again.
    subject_key varchar(200),
    created_at timestamptz not null,
    read_at timestamptz,
    -- PENDING waits for the daily digest; SENT went by e-mail; NOT_SENT was never to go.
    email_status varchar(20) not null
);
create index notification_recipient on notification (tenant_id, recipient_id, created_at desc);
create index notification_pending on notification (tenant_id, recipient_id) where email_status = 'PENDING';
create unique index notification_subject_once on notification (tenant_id, recipient_id, type, subject_key)
    where subject_key is not null;

create table notification_preference (
    tenant_id uuid not null references tenant (id),
    person_id uuid not null,
    type varchar(40) not null,
    delivery varchar(20) not null,
    primary key (tenant_id, person_id, type)
);

-- The day each person's last digest went, so a second run on the same day sends nothing.
create table notification_digest (
    tenant_id uuid not null references tenant (id),
    person_id uuid not null,
    last_sent_on date not null,
    primary key (tenant_id, person_id)
);

--changeset sendplan:notifications-2-row-level-security
alter table notification enable row level security;
alter table notification force row level security;
create policy tenant_isolation on notification
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy tenant_isolation on notification_preference
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table notification_digest enable row level security;
alter table notification_digest force row level security;
create policy tenant_isolation on notification_digest
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:notifications-3-grants
grant select, insert, update on notification to ${app_role};
grant select, insert, update, delete on notification_preference to ${app_role};
grant select, insert, update on notification_digest to ${app_role};
