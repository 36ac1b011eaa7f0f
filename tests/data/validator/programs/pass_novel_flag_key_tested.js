// A visual-novel scene at the city gate: the player's choices set story flags, and the "Show the travel pass" choice only appears once the player has found the pass.
const STORY = {
  gate: {
    who: 'Guard', text: 'Halt! Nobody enters Varn after dusk without papers.',
    choices: [
      { label: 'Search the square', next: 'square' },
      { label: 'Show the travel pass', next: 'enter', requires: 'hasPass' },
      { label: 'Argue with the guard', next: 'argue', sets: 'angeredGuard' }
    ]
  },
  square: {
    who: 'You', text: 'Under the fountain rim lies a crumpled paper... a travel pass, stamped and signed!',
    sets: 'hasPass',
    choices: [{ label: 'Return to the gate', next: 'gate' }]
  },
  argue: {
    who: 'Guard', text: 'One more word and you sleep in the stocks tonight.',
    choices: [{ label: 'Step back', next: 'gate' }]
  },
  enter: {
    who: 'Guard', text: 'Hm. All in order. Welcome to Varn, traveller.',
    choices: []
  }
};

class GateScene extends Phaser.Scene {
  constructor() {
    super('Gate');
  }

  create() {
    this.flags = { hasPass: false, angeredGuard: false };
    this.choiceButtons = [];

    this.add.rectangle(400, 200, 800, 400, 0x2a2140);
    this.add.rectangle(400, 250, 220, 260, 0x4a3b2a).setStrokeStyle(4, 0x22180f);
    this.add.circle(400, 160, 40, 0xd9b38c);

    this.add.rectangle(400, 490, 760, 200, 0x15152b, 0.95).setStrokeStyle(2, 0x8888cc);
    this.nameText = this.add.text(40, 400, '', { fontSize: '20px', color: '#ffd966', fontStyle: 'bold' });
    this.bodyText = this.add.text(40, 430, '', { fontSize: '18px', color: '#ffffff', wordWrap: { width: 720 } });
    this.flagText = this.add.text(790, 10, '', { fontSize: '14px', color: '#aaaacc' }).setOrigin(1, 0);

    this.show('gate');
  }

  show(id) {
    const node = STORY[id];
    this.nodeId = id;
    if (node.sets) this.flags[node.sets] = true;

    this.nameText.setText(node.who);
    this.bodyText.setText(node.text);
    this.flagText.setText(Object.keys(this.flags).filter(k => this.flags[k]).join('  '));

    this.choiceButtons.forEach(b => b.destroy());
    const available = node.choices.filter(c => !c.requires || this.flags[c.requires]);

    this.choiceButtons = available.map((choice, i) => {
      const button = this.add.text(60, 500 + i * 30, `> ${choice.label}`, {
        fontSize: '18px', color: '#ffffff', backgroundColor: '#2c2c55', padding: { x: 8, y: 3 }
      }).setInteractive({ useHandCursor: true });
      button.on('pointerover', () => button.setColor('#ffdd55'));
      button.on('pointerout', () => button.setColor('#ffffff'));
      button.on('pointerdown', () => {
        if (choice.sets) this.flags[choice.sets] = true;
        this.show(choice.next);
      });
      return button;
    });

    if (available.length === 0) {
      this.add.text(400, 560, 'THE END', { fontSize: '22px', color: '#ffd966' }).setOrigin(0.5);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101018',
  scene: [GateScene]
});
