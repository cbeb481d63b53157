package fr.resilience360.account;

/** What a member may do on a territory's diagnostics and members; who may is {@link Permissions}' matrix. */
public enum Action {
    /** Read the territory's unpublished diagnostics. */
    READ_DRAFTS,
    /** Edit the rows or actions assigned to oneself. */
    EDIT_ASSIGNED_ROWS,
    /** Edit every row, start a diagnostic, import a workbook, assign rows. */
    EDIT_DIAGNOSTICS,
    /** Publish a version of a diagnostic. */
    PUBLISH,
    /** Invite people and change or remove members' roles. */
    MANAGE_MEMBERS
}
