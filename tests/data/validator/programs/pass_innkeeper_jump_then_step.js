// A branching talk with the innkeeper: SPACE shows the next line, and at a question the 1 or 2 key picks an answer, which jumps to the first line of that answer's branch.
const SCRIPT = [
  { who: 'Innkeeper', text: 'Evening, stranger. Cold night for the road.' },
  {
    who: 'Innkeeper', text: 'So what brings you to the Crooked Lantern?',
    choices: [{ label: 'Looking for work', goto: 2 }, { label: 'Asking about the old tower', goto: 5 }]
  },
  { who: 'Innkeeper', text: 'Work? The miller needs hands for the harvest.' },
  { who: 'Innkeeper', text: 'Pays in bread and ale, mind you. Honest work.' },
  { who: 'Innkeeper', text: 'Get some sleep first. Room two is free.', end: true },
  { who: 'Innkeeper', text: 'The tower? Nobody who climbed it ever came back.' },
  { who: 'Innkeeper', text: 'If you must go, take the north road at dawn.' },
  { who: 'Innkeeper', text: 'And may the lantern light your way.', end: true }
];

function showLine(scene) {
  const line = SCRIPT[scene.index];
  scene.nameText.setText(line.who);
  scene.lineText.setText(line.text);
  if (line.choices) {
    scene.hintText.setText(line.choices.map((c, i) => `[${i + 1}] ${c.label}`).join('     '));
  } else if (line.end) {
    scene.hintText.setText('- The End -');
  } else {
    scene.hintText.setText('SPACE to continue');
  }
}

function advance(scene) {
  const line = SCRIPT[scene.index];
  if (line.choices || line.end) return;
  scene.index++;
  showLine(scene);
}

function choose(scene, n) {
  const line = SCRIPT[scene.index];
  if (!line.choices || !line.choices[n]) return;
  scene.index = line.choices[n].goto;
  showLine(scene);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b120c',
  scene: {
    create() {
      const g = this.add.graphics();
      g.fillStyle(0x3b2616).fillRect(0, 0, 800, 360);
      g.fillStyle(0xffc75a, 0.8).fillCircle(620, 120, 26);
      g.fillStyle(0x5a3a22).fillRect(0, 300, 800, 60);
      g.fillStyle(0x0d0d1a, 0.92).fillRoundedRect(30, 390, 740, 190, 14);
      g.lineStyle(2, 0xc9a36b).strokeRoundedRect(30, 390, 740, 190, 14);

      this.nameText = this.add.text(55, 405, '', { fontSize: '20px', color: '#ffc75a', fontStyle: 'bold' });
      this.lineText = this.add.text(55, 440, '', { fontSize: '19px', color: '#f4ead5', wordWrap: { width: 690 } });
      this.hintText = this.add.text(55, 540, '', { fontSize: '16px', color: '#c9a36b' });

      this.index = 0;
      showLine(this);

      this.input.keyboard.on('keydown-SPACE', () => advance(this));
      this.input.keyboard.on('keydown-ONE', () => choose(this, 0));
      this.input.keyboard.on('keydown-TWO', () => choose(this, 1));
    }
  }
});
