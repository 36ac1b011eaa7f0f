// A text style assembled at run time (a base style plus per-label overrides): one override spells the colour key
// 'colour'. Phaser ignores keys it does not know, so the score label stays the default white on a white panel.
const BASE_STYLE = { fontFamily: 'Arial', fontSize: '28px' };

function styleFor(kind) {
  const overrides = { title: { color: '#222222' }, score: { colour: '#aa2200' } };
  return Object.assign({}, BASE_STYLE, overrides[kind]);
}

class ScoreScene extends Phaser.Scene {
  preload() {}

  create() {
    this.add.rectangle(400, 300, 500, 300, 0xffffff);
    this.add.text(200, 180, 'Round 1', styleFor('title'));
    this.score = 0;
    this.label = this.add.text(200, 260, 'Score: 0', styleFor('score'));
    this.input.on('pointerdown', () => {
      this.score += 10;
      this.label.setText('Score: ' + this.score);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#333333', scene: ScoreScene });
