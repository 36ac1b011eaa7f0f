// Dialogue tree: an innkeeper conversation where each line offers choices (click them or press 1-3) that lead to the next line, the choices fade in with a tween, and a Back button (or Backspace) returns to the previous line.
const NODES = {
  start: { speaker: 'Innkeeper', text: 'Welcome to the Sleeping Fox! What brings you here?', choices: [
    { text: 'I need a room for the night.', next: 'room' },
    { text: 'Any rumours lately?', next: 'rumours' },
    { text: 'Just passing through.', next: 'bye' }
  ] },
  room: { speaker: 'Innkeeper', text: 'Ten silver a night. Breakfast is extra.', choices: [
    { text: 'Deal.', next: 'deal' },
    { text: 'Too steep for me.', next: 'bye' }
  ] },
  rumours: { speaker: 'Innkeeper', text: 'They say the old mill is haunted. Lights at midnight, every night.', choices: [
    { text: 'Who lives near the mill?', next: 'miller' },
    { text: 'Sounds like nonsense.', next: 'bye' }
  ] },
  miller: { speaker: 'Innkeeper', text: 'Only old Bram, and he has not been seen for a week.', choices: [
    { text: 'I will look into it.', next: 'deal' }
  ] },
  deal: { speaker: 'Innkeeper', text: 'Good. Your key is number seven. Mind the stairs.', choices: [
    { text: '(Start over)', next: 'start' }
  ] },
  bye: { speaker: 'Innkeeper', text: 'Safe travels, stranger.', choices: [
    { text: '(Start over)', next: 'start' }
  ] }
};

class DialogueScene extends Phaser.Scene {
  constructor() {
    super('Dialogue');
  }

  create() {
    this.history = [];
    this.choiceTexts = [];

    this.add.rectangle(400, 430, 760, 300, 0x14213d, 0.95).setStrokeStyle(3, 0xfca311);
    this.speakerText = this.add.text(40, 292, '', { fontSize: '24px', color: '#fca311', fontStyle: 'bold' });
    this.lineText = this.add.text(40, 330, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 720 } });

    this.backButton = this.add.text(760, 40, '◀ Back', { fontSize: '22px', color: '#ffffff', backgroundColor: '#3a3a5a', padding: { x: 12, y: 6 } })
      .setOrigin(1, 0).setInteractive({ useHandCursor: true });
    this.backButton.on('pointerdown', () => this.back());

    this.input.keyboard.on('keydown', event => {
      if (event.key === 'Backspace') this.back();
      const n = Number(event.key);
      if (n >= 1 && n <= this.node.choices.length) this.choose(this.node.choices[n - 1]);
    });

    this.show('start');
  }

  show(id) {
    this.history.push(id);
    this.nodeId = id;
    this.node = NODES[id];
    this.speakerText.setText(this.node.speaker);
    this.lineText.setText(this.node.text);
    this.backButton.setAlpha(this.history.length > 1 ? 1 : 0.4);

    this.choiceTexts.forEach(t => t.destroy());
    this.choiceTexts = this.node.choices.map((choice, i) => {
      const t = this.add.text(60, 420 + i * 44, `${i + 1}. ${choice.text}`, { fontSize: '22px', color: '#e5e5e5' })
        .setAlpha(0).setInteractive({ useHandCursor: true });
      t.on('pointerover', () => t.setColor('#fca311'));
      t.on('pointerout', () => t.setColor('#e5e5e5'));
      t.on('pointerdown', () => this.choose(choice));
      this.tweens.add({ targets: t, alpha: 1, duration: 250, delay: i * 120 });
      return t;
    });
  }

  choose(choice) {
    this.show(choice.next);
  }

  back() {
    if (this.history.length < 2) return;
    this.history.pop();
    this.show(this.history.pop());
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000814',
  scene: DialogueScene
});
