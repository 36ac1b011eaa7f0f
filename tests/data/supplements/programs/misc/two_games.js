// Two games on one page.
const a = new Phaser.Game({ type: Phaser.AUTO, width: 200, height: 200, scene: { create () {} } });
const b = new Phaser.Game({ type: Phaser.AUTO, width: 200, height: 200, scene: { create () {} } });
