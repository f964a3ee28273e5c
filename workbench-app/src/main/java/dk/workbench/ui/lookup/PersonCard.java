package dk.workbench.ui.lookup;

import java.util.List;

/**
 * The person card as display texts, ready for binding.
 *
 * @param notes short flags worth seeing at once (deceased, emigrated, under guardianship, test data)
 */
public record PersonCard(
    String name, String cpr, String address, String civilStatus, String age, String digitalPost, List<String> notes) {}
