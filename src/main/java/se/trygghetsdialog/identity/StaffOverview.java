package se.trygghetsdialog.identity;

/** A staff account with its current status, for the administrators' list. */
public record StaffOverview(StaffMember member, StaffStatus status) {}
